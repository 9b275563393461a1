@Mutant(exercise = "8.2",
        misconception = "REJECT hands a record back for a later try (it archives it for good)",
        failureMentions = "RELEASE is delivered again")
package dev.kafkalabs.lab08.mutants.reject_instead_of_release;

import dev.kafkalabs.support.junit.Mutant;
