@Mutant(exercise = "3.6", misconception = "the processor's consumer reads read_uncommitted (the default) and so sees aborted records",
        failureMentions = "read_uncommitted")
package dev.kafkalabs.lab03.mutants.read_uncommitted;

import dev.kafkalabs.support.junit.Mutant;
