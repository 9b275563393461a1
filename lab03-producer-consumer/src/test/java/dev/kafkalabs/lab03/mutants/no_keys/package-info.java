@Mutant(exercise = "3.1", misconception = "records are sent without a key",
        failureMentions = "without a key")
package dev.kafkalabs.lab03.mutants.no_keys;

import dev.kafkalabs.support.junit.Mutant;
