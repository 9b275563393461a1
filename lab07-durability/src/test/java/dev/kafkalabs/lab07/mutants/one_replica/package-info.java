@Mutant(exercise = "7.1", misconception = "one copy is enough: the topic is created with a single replica",
        failureMentions = "fewer than three copies")
package dev.kafkalabs.lab07.mutants.one_replica;

import dev.kafkalabs.support.junit.Mutant;
