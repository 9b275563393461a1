/** Lab 5.6, wrong: an empty poll means the consumer has caught up. */
@Mutant(exercise = "5.6", misconception = "an empty poll means the consumer has caught up",
        failureMentions = "an empty live poll does not mean caught up")
package dev.kafkalabs.lab05.mutants.caught_up_when_poll_is_empty;

import dev.kafkalabs.support.junit.Mutant;
