@Mutant(exercise = "11.1",
        misconception = "the Kafka sink writes the whole row, so a record needs no key (the word and its count go in the value)",
        failureMentions = "keyed by its word")
package dev.kafkalabs.lab11.mutants.unkeyed_counts;

import dev.kafkalabs.support.junit.Mutant;
