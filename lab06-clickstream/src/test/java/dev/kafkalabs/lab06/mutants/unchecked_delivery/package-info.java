@Mutant(exercise = "6.1", misconception = "the run ends as a success after flush() without checking the callbacks: events the broker rejected are silently lost",
        failureMentions = "reported success although the broker rejected")
package dev.kafkalabs.lab06.mutants.unchecked_delivery;

import dev.kafkalabs.support.junit.Mutant;
