/** Lab 5.4, wrong: with auto.offset.reset=none the consumer falls back to the beginning. */
@Mutant(exercise = "5.4", misconception = "with auto.offset.reset=none the consumer falls back to the beginning",
        failureMentions = "does not guess")
package dev.kafkalabs.lab05.mutants.none_means_earliest;

import dev.kafkalabs.support.junit.Mutant;
