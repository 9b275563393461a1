@Mutant(exercise = "3.7", misconception = "the deck's recipe: auto-commit with a small interval, no commit of its own",
        failureMentions = "by auto-commit")
package dev.kafkalabs.lab03.mutants.deck_auto_commit;

import dev.kafkalabs.support.junit.Mutant;
