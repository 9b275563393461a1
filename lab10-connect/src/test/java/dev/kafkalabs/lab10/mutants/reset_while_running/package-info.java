@Mutant(exercise = "10.4", misconception = "offsets are reset on a running connector",
        failureMentions = "only while the connector is STOPPED")
package dev.kafkalabs.lab10.mutants.reset_while_running;

import dev.kafkalabs.support.junit.Mutant;
