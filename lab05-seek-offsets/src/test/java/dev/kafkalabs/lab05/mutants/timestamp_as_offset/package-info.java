/** Lab 5.3, wrong: seeks to the timestamp itself, as if it were an offset. */
@Mutant(exercise = "5.3", misconception = "a timestamp can be used as an offset",
        failureMentions = "a timestamp is not an offset")
package dev.kafkalabs.lab05.mutants.timestamp_as_offset;

import dev.kafkalabs.support.junit.Mutant;
