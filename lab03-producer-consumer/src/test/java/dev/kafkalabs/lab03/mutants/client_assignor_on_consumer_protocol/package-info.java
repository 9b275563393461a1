@Mutant(exercise = "3.3", misconception = "a client-side assignor (partition.assignment.strategy) is set with the consumer protocol",
        failureMentions = "rejects client-side settings")
package dev.kafkalabs.lab03.mutants.client_assignor_on_consumer_protocol;

import dev.kafkalabs.support.junit.Mutant;
