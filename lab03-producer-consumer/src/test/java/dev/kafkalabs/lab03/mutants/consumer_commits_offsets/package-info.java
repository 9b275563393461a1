@Mutant(exercise = "3.6", misconception = "the consumer commits the offsets itself, outside the transaction",
        failureMentions = "outside the transaction")
package dev.kafkalabs.lab03.mutants.consumer_commits_offsets;

import dev.kafkalabs.support.junit.Mutant;
