/** Lab 5.4, wrong: earliest means offset 0. */
@Mutant(exercise = "5.4", misconception = "earliest means offset 0",
        failureMentions = "not offset 0")
package dev.kafkalabs.lab05.mutants.earliest_is_zero;

import dev.kafkalabs.support.junit.Mutant;
