@Mutant(exercise = "7.3", misconception = "the delivery timeout is left at its default: an outage is reported after two minutes",
        failureMentions = "no verdict within the delivery timeout")
package dev.kafkalabs.lab07.mutants.no_delivery_timeout;

import dev.kafkalabs.support.junit.Mutant;
