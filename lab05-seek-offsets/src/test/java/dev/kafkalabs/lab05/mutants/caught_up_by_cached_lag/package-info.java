/** Lab 5.6, wrong: the consumer's cached lag is the current lag. */
@Mutant(exercise = "5.6", misconception = "the consumer's cached lag is the current lag",
        failureMentions = "a lag cached from an earlier answer")
package dev.kafkalabs.lab05.mutants.caught_up_by_cached_lag;

import dev.kafkalabs.support.junit.Mutant;
