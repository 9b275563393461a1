@Mutant(exercise = "7.3", misconception = "acks=1 is durable enough: the leader alone acknowledges while its followers are down",
        failureMentions = "cannot be acknowledged by one broker")
package dev.kafkalabs.lab07.mutants.sender_acks_one;

import dev.kafkalabs.support.junit.Mutant;
