/** Lab 5.5, wrong: the last stable offset is the high watermark. */
@Mutant(exercise = "5.5", misconception = "the last stable offset is the high watermark",
        failureMentions = "read_committed consumers stop at the last stable offset")
package dev.kafkalabs.lab05.mutants.stable_is_high_watermark;

import dev.kafkalabs.support.junit.Mutant;
