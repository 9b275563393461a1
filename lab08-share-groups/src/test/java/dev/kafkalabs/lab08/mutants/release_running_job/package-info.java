@Mutant(exercise = "8.5",
        misconception = "a job that is not done, still running or failed, is handed back with RELEASE",
        failureMentions = "a job still running is RENEWed")
package dev.kafkalabs.lab08.mutants.release_running_job;

import dev.kafkalabs.support.junit.Mutant;
