@Mutant(exercise = "7.4", misconception = "offsets are committed as soon as records are polled, before they are processed",
        failureMentions = "committed before its record was processed")
package dev.kafkalabs.lab07.mutants.commit_before_processing;

import dev.kafkalabs.support.junit.Mutant;
