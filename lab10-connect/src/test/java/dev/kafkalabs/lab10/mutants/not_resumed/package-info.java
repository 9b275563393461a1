@Mutant(exercise = "10.4", misconception = "after the reset the connector is left stopped",
        failureMentions = "stays STOPPED until it is resumed")
package dev.kafkalabs.lab10.mutants.not_resumed;

import dev.kafkalabs.support.junit.Mutant;
