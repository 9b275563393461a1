@Mutant(exercise = "8.2",
        misconception = "RELEASE drops a record that can never be processed (it is delivered again)",
        failureMentions = "a REJECTed record is archived")
package dev.kafkalabs.lab08.mutants.release_instead_of_reject;

import dev.kafkalabs.support.junit.Mutant;
