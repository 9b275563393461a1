@Mutant(exercise = "11.1",
        misconception = "a new query reads the topic from its first record (its startingOffsets default to latest)",
        failureMentions = "startingOffsets")
package dev.kafkalabs.lab11.mutants.latest_offsets;

import dev.kafkalabs.support.junit.Mutant;
