@Mutant(exercise = "7.2", misconception = "retries=0 as in the course's sample: a leader change fails the sends (and idempotence is silently off)",
        failureMentions = "gave up on")
package dev.kafkalabs.lab07.mutants.no_retries;

import dev.kafkalabs.support.junit.Mutant;
