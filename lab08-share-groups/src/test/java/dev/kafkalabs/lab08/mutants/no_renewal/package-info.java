@Mutant(exercise = "8.5",
        misconception = "a job longer than the lock can run in the poll thread: the record is ACCEPTed when it ends, "
                + "no renewal needed",
        failureMentions = "never renewed")
package dev.kafkalabs.lab08.mutants.no_renewal;

import dev.kafkalabs.support.junit.Mutant;
