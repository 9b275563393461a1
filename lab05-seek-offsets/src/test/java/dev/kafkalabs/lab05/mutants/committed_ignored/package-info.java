/** Lab 5.4, wrong: auto.offset.reset decides where a consumer starts, whatever the group committed. */
@Mutant(exercise = "5.4", misconception = "auto.offset.reset decides where a consumer starts, whatever the group committed",
        failureMentions = "a committed offset inside the log wins")
package dev.kafkalabs.lab05.mutants.committed_ignored;

import dev.kafkalabs.support.junit.Mutant;
