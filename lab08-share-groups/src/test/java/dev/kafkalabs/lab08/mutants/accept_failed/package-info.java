@Mutant(exercise = "8.3",
        misconception = "a failed record may be accepted to keep the queue moving (it is never tried again)",
        failureMentions = "not ACCEPTed as if it were processed")
package dev.kafkalabs.lab08.mutants.accept_failed;

import dev.kafkalabs.support.junit.Mutant;
