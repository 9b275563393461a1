@Mutant(exercise = "10.3", misconception = "the status is read once, right after a request, as if the change were already done",
        failureMentions = "only requests (202 Accepted)")
package dev.kafkalabs.lab10.mutants.status_not_awaited;

import dev.kafkalabs.support.junit.Mutant;
