@Mutant(exercise = "8.2",
        misconception = "acknowledge() works without asking for explicit acknowledgement",
        failureMentions = "left in implicit mode")
package dev.kafkalabs.lab08.mutants.implicit_mode;

import dev.kafkalabs.support.junit.Mutant;
