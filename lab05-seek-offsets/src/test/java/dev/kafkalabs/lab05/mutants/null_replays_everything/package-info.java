/** Lab 5.3, wrong: when no record is that recent, goes back to the beginning. */
@Mutant(exercise = "5.3", misconception = "no record at or after the time means: replay from the beginning",
        failureMentions = "does not mean replay everything")
package dev.kafkalabs.lab05.mutants.null_replays_everything;

import dev.kafkalabs.support.junit.Mutant;
