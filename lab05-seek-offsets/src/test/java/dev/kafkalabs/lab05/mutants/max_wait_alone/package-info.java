/** Lab 5.7, wrong: fetch.max.wait.ms alone makes the broker wait for fuller fetches. */
@Mutant(exercise = "5.7", misconception = "fetch.max.wait.ms alone makes the broker wait for fuller fetches",
        failureMentions = "alone delays nothing")
package dev.kafkalabs.lab05.mutants.max_wait_alone;

import dev.kafkalabs.support.junit.Mutant;
