@Mutant(exercise = "4.2", misconception = "the producer compresses with one fixed codec, not the one asked for",
        failureMentions = "codec asked for")
package dev.kafkalabs.lab04.mutants.always_gzip;

import dev.kafkalabs.support.junit.Mutant;
