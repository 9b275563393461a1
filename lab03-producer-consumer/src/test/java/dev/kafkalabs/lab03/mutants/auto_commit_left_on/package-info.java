@Mutant(exercise = "3.5", misconception = "auto-commit left on beside the manual commits",
        failureMentions = "auto-commit is left on")
package dev.kafkalabs.lab03.mutants.auto_commit_left_on;

import dev.kafkalabs.support.junit.Mutant;
