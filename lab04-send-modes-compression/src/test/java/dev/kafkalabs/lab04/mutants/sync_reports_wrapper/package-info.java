@Mutant(exercise = "4.1", misconception = "sync reports the ExecutionException itself instead of Kafka's error, its cause",
        failureMentions = "ExecutionException wrapper")
package dev.kafkalabs.lab04.mutants.sync_reports_wrapper;

import dev.kafkalabs.support.junit.Mutant;
