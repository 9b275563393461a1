@Mutant(exercise = "7.1", misconception = "replicas alone make acks=all durable: min.insync.replicas is left at the broker default of 1",
        failureMentions = "left at the broker default of 1")
package dev.kafkalabs.lab07.mutants.no_min_isr;

import dev.kafkalabs.support.junit.Mutant;
