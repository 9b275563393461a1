@Mutant(exercise = "6.3", misconception = "processing.guarantee is at_least_once: after a crash, events processed since the last commit are counted again",
        failureMentions = "counted twice")
package dev.kafkalabs.lab06.mutants.at_least_once;

import dev.kafkalabs.support.junit.Mutant;
