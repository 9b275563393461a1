/** Lab 5.6, wrong: the end offsets read once at start-up tell when the live side has caught up. */
@Mutant(exercise = "5.6", misconception = "the end offsets read once at start-up tell when the live side has caught up",
        failureMentions = "nor does a position at the start-up cut")
package dev.kafkalabs.lab05.mutants.caught_up_at_the_cut;

import dev.kafkalabs.support.junit.Mutant;
