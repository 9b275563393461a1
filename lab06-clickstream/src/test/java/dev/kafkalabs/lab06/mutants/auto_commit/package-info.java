@Mutant(exercise = "6.2", misconception = "auto-commit is left on: offsets are committed on the consumer's schedule (and on close), not after the dead letters are stored",
        failureMentions = "auto-commit")
package dev.kafkalabs.lab06.mutants.auto_commit;

import dev.kafkalabs.support.junit.Mutant;
