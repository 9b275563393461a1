@Mutant(exercise = "8.5",
        misconception = "ACCEPT a long job's record when the job starts, to be rid of the lock",
        failureMentions = "ACCEPTed before its work was done")
package dev.kafkalabs.lab08.mutants.accept_at_once;

import dev.kafkalabs.support.junit.Mutant;
