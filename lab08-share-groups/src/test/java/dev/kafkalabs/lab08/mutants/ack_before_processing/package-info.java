@Mutant(exercise = "8.4",
        misconception = "acknowledge a record when it arrives, then process it (a crash in between loses it)",
        failureMentions = "acknowledged before it was processed")
package dev.kafkalabs.lab08.mutants.ack_before_processing;

import dev.kafkalabs.support.junit.Mutant;
