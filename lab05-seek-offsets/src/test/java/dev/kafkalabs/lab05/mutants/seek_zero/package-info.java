/** Lab 5.1, wrong: "the beginning" is taken to be offset 0. */
@Mutant(exercise = "5.1", misconception = "the beginning of a partition is offset 0",
        failureMentions = "offset 0 is not the beginning once retention deleted records")
package dev.kafkalabs.lab05.mutants.seek_zero;

import dev.kafkalabs.support.junit.Mutant;
