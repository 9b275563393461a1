@Mutant(exercise = "8.5",
        misconception = "the poll loop must never wait: renew a job that is still running at once, at every poll",
        failureMentions = "renews without waiting for the job")
package dev.kafkalabs.lab08.mutants.renew_without_waiting;

import dev.kafkalabs.support.junit.Mutant;
