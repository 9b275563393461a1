@Mutant(exercise = "8.1",
        misconception = "a consumer group scales work past the partition count (it gives each partition to one member)",
        failureMentions = "a consumer group would give it to one member only")
package dev.kafkalabs.lab08.mutants.classic_group;

import dev.kafkalabs.support.junit.Mutant;
