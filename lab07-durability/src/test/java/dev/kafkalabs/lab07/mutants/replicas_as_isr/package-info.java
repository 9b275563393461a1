@Mutant(exercise = "7.1", misconception = "the in-sync replicas are the replica list",
        failureMentions = "the ISR is not the replica list")
package dev.kafkalabs.lab07.mutants.replicas_as_isr;

import dev.kafkalabs.support.junit.Mutant;
