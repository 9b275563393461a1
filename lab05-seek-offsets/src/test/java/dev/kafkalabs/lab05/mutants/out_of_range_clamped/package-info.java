/** Lab 5.4, wrong: a committed offset outside the log is clamped to its nearest end. */
@Mutant(exercise = "5.4", misconception = "a committed offset outside the log is clamped to its nearest end",
        failureMentions = "it is not clamped to the end")
package dev.kafkalabs.lab05.mutants.out_of_range_clamped;

import dev.kafkalabs.support.junit.Mutant;
