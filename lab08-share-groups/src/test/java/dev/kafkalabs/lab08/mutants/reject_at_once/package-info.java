@Mutant(exercise = "8.3",
        misconception = "a failed record is poison at its first failure (a transient failure deserves another delivery)",
        failureMentions = "given up on too early")
package dev.kafkalabs.lab08.mutants.reject_at_once;

import dev.kafkalabs.support.junit.Mutant;
