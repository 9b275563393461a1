@Mutant(exercise = "4.3", misconception = "fire-and-forget waits for each record's answer and throws it away",
        failureMentions = "fire-and-forget waited")
package dev.kafkalabs.lab04.mutants.fire_and_forget_waits;

import dev.kafkalabs.support.junit.Mutant;
