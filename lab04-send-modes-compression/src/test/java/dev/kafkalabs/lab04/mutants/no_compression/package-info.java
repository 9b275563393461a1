@Mutant(exercise = "4.2", misconception = "compression is never set on the producer (the codec is ignored)",
        failureMentions = "did not compress")
package dev.kafkalabs.lab04.mutants.no_compression;

import dev.kafkalabs.support.junit.Mutant;
