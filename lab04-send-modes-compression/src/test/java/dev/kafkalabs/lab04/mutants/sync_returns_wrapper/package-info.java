@Mutant(exercise = "4.3", misconception = "sync returns the ExecutionException itself instead of Kafka's error, its cause",
        failureMentions = "ExecutionException wrapper")
package dev.kafkalabs.lab04.mutants.sync_returns_wrapper;

import dev.kafkalabs.support.junit.Mutant;
