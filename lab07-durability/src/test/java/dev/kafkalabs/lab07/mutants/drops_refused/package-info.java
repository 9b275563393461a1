@Mutant(exercise = "7.3", misconception = "a refused record is reported and dropped instead of kept to send again",
        failureMentions = "was dropped, not kept")
package dev.kafkalabs.lab07.mutants.drops_refused;

import dev.kafkalabs.support.junit.Mutant;
