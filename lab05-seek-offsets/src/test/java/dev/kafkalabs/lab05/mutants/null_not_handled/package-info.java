/** Lab 5.3, wrong: assumes the broker always finds an offset for the time. */
@Mutant(exercise = "5.3", misconception = "there is always a record at or after the time asked for",
        failureMentions = "that answer must be handled")
package dev.kafkalabs.lab05.mutants.null_not_handled;

import dev.kafkalabs.support.junit.Mutant;
