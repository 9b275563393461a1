@Mutant(exercise = "3.2", misconception = "the shutdown hook wakes the consumer but does not wait for the poll loop to close it",
        failureMentions = "did not wait for the poll loop")
package dev.kafkalabs.lab03.mutants.hook_does_not_wait;

import dev.kafkalabs.support.junit.Mutant;
