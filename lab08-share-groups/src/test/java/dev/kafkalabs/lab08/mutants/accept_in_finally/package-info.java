@Mutant(exercise = "8.4",
        misconception = "every record must be answered, so ACCEPT it in a finally block, whether its work succeeded or not",
        failureMentions = "acknowledged (ACCEPT) although its work failed")
package dev.kafkalabs.lab08.mutants.accept_in_finally;

import dev.kafkalabs.support.junit.Mutant;
