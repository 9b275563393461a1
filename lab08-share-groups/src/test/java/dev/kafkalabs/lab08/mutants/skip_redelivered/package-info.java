@Mutant(exercise = "8.4",
        misconception = "a redelivered record (delivery count above 1) was already processed and can be skipped",
        failureMentions = "skipped as a duplicate")
package dev.kafkalabs.lab08.mutants.skip_redelivered;

import dev.kafkalabs.support.junit.Mutant;
