@Mutant(exercise = "6.2", misconception = "offsets are committed before the batch's dead letters are flushed and checked",
        failureMentions = "committed before the dead letters were stored")
package dev.kafkalabs.lab06.mutants.commit_before_dead_letters;

import dev.kafkalabs.support.junit.Mutant;
