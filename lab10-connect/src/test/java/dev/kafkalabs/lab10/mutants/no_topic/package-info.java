@Mutant(exercise = "10.1", misconception = "the source configuration leaves out the topic it writes to",
        failureMentions = "the topic it writes to")
package dev.kafkalabs.lab10.mutants.no_topic;

import dev.kafkalabs.support.junit.Mutant;
