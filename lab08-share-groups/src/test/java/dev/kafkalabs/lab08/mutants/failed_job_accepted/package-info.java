@Mutant(exercise = "8.5",
        misconception = "a job that ended is done: ACCEPT its record, failed or not",
        failureMentions = "must be handed back with RELEASE")
package dev.kafkalabs.lab08.mutants.failed_job_accepted;

import dev.kafkalabs.support.junit.Mutant;
