@Mutant(exercise = "3.4", misconception = "auto-commit switched off instead of on",
        failureMentions = "auto-commit is off")
package dev.kafkalabs.lab03.mutants.auto_commit_off;

import dev.kafkalabs.support.junit.Mutant;
