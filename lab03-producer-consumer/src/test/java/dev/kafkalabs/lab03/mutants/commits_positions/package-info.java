@Mutant(exercise = "3.5", misconception = "committing the consumer's positions (commitSync() without offsets) instead of the processed offsets",
        failureMentions = "committing positions")
package dev.kafkalabs.lab03.mutants.commits_positions;

import dev.kafkalabs.support.junit.Mutant;
