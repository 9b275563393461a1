@Mutant(exercise = "11.3",
        misconception = "one checkpoint per application is enough (each query needs its own)",
        failureMentions = "a checkpoint of its own")
package dev.kafkalabs.lab11.mutants.shared_checkpoint;

import dev.kafkalabs.support.junit.Mutant;
