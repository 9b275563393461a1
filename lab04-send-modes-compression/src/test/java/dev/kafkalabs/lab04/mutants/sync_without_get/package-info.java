@Mutant(exercise = "4.1", misconception = "a sync mode that never waits for the broker's answer: it sends and reports the record stored at once",
        failureMentions = "wait for the broker's answer")
package dev.kafkalabs.lab04.mutants.sync_without_get;

import dev.kafkalabs.support.junit.Mutant;
