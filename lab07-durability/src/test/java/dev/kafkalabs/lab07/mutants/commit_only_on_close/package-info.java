@Mutant(exercise = "7.4", misconception = "committing once, when the reader closes, is enough",
        failureMentions = "trail processing by more than one batch")
package dev.kafkalabs.lab07.mutants.commit_only_on_close;

import dev.kafkalabs.support.junit.Mutant;
