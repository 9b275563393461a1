@Mutant(exercise = "4.3", misconception = "the async callback swallows the error and reports every record as stored",
        failureMentions = "swallowed")
package dev.kafkalabs.lab04.mutants.callback_swallows_error;

import dev.kafkalabs.support.junit.Mutant;
