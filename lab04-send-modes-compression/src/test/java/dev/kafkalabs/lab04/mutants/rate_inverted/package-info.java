@Mutant(exercise = "4.2", misconception = "the compression rate is reported upside down (uncompressed / compressed)",
        failureMentions = "not its inverse")
package dev.kafkalabs.lab04.mutants.rate_inverted;

import dev.kafkalabs.support.junit.Mutant;
