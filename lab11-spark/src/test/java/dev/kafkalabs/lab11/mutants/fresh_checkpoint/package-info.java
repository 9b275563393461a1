@Mutant(exercise = "11.3",
        misconception = "any checkpoint directory will do, even a new one at every start (a new checkpoint is a new query)",
        failureMentions = "continue from its checkpoint")
package dev.kafkalabs.lab11.mutants.fresh_checkpoint;

import dev.kafkalabs.support.junit.Mutant;
