/** Lab 5.2, wrong: polls once to get an assignment, then seeks it; later assignments are not sought. */
@Mutant(exercise = "5.2", misconception = "one seek after the first poll() is enough for a group consumer",
        failureMentions = "is lost at the next rebalance")
package dev.kafkalabs.lab05.mutants.seek_after_first_poll;

import dev.kafkalabs.support.junit.Mutant;
