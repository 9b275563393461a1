@Mutant(exercise = "10.2", misconception = "the sink keeps the shipped topic instead of the one the source writes to",
        failureMentions = "is that the topic the source writes to")
package dev.kafkalabs.lab10.mutants.shipped_topic;

import dev.kafkalabs.support.junit.Mutant;
