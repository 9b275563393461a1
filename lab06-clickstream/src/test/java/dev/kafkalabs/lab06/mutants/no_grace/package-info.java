@Mutant(exercise = "6.4", misconception = "windows without a grace period: an event that arrives a little late is dropped",
        failureMentions = "grace period")
package dev.kafkalabs.lab06.mutants.no_grace;

import dev.kafkalabs.support.junit.Mutant;
