@Mutant(exercise = "8.4",
        misconception = "acknowledgements only leave at commitSync, so every record can be ACCEPTed up front and processed afterwards",
        failureMentions = "acknowledged (ACCEPT) although its work failed")
package dev.kafkalabs.lab08.mutants.ack_all_then_process;

import dev.kafkalabs.support.junit.Mutant;
