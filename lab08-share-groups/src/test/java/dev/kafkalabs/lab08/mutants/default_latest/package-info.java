@Mutant(exercise = "8.1",
        misconception = "a share group delivers the records already in the topic (its default start is the latest offset)",
        failureMentions = "set share.auto.offset.reset=earliest")
package dev.kafkalabs.lab08.mutants.default_latest;

import dev.kafkalabs.support.junit.Mutant;
