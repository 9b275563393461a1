@Mutant(exercise = "8.5",
        misconception = "a record poll returns is a new job, even when it comes back after a renewal",
        failureMentions = "do not start it again")
package dev.kafkalabs.lab08.mutants.restart_renewed;

import dev.kafkalabs.support.junit.Mutant;
