@Mutant(exercise = "4.1", misconception = "the async callback reports every answer as stored, ignoring its exception argument",
        failureMentions = "swallowed")
package dev.kafkalabs.lab04.mutants.callback_ignores_exception;

import dev.kafkalabs.support.junit.Mutant;
