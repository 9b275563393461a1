@Mutant(exercise = "8.4",
        misconception = "a failing job must not stop the consumer: catch the exception and ACCEPT the record so it does not block the queue",
        failureMentions = "acknowledged (ACCEPT) although its work failed")
package dev.kafkalabs.lab08.mutants.catch_and_accept;

import dev.kafkalabs.support.junit.Mutant;
