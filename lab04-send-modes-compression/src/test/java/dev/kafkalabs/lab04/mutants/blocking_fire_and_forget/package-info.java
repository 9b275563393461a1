@Mutant(exercise = "4.1", misconception = "a fire-and-forget that blocks on every send's Future (and ignores what it hears)",
        failureMentions = "fire-and-forget blocked")
package dev.kafkalabs.lab04.mutants.blocking_fire_and_forget;

import dev.kafkalabs.support.junit.Mutant;
