/** Lab 5.1, wrong: "the end" is taken to be the last record's offset. */
@Mutant(exercise = "5.1", misconception = "the end offset is the offset of the last record",
        failureMentions = "the end offset is one past the last record")
package dev.kafkalabs.lab05.mutants.end_is_last_record;

import dev.kafkalabs.support.junit.Mutant;
