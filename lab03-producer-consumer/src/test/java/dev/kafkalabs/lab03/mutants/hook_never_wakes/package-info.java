@Mutant(exercise = "3.2", misconception = "the shutdown hook waits for the poll loop but never wakes the consumer out of poll()",
        failureMentions = "nothing woke the poll loop")
package dev.kafkalabs.lab03.mutants.hook_never_wakes;

import dev.kafkalabs.support.junit.Mutant;
