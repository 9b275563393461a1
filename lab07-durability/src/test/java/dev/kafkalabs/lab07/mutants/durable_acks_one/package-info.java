@Mutant(exercise = "7.2", misconception = "the leader's word is durable: acks=1 where the replicated guarantee was asked",
        failureMentions = "acknowledged but lost")
package dev.kafkalabs.lab07.mutants.durable_acks_one;

import dev.kafkalabs.support.junit.Mutant;
