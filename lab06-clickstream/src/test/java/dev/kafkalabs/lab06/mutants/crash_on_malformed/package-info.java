@Mutant(exercise = "6.2", misconception = "a malformed record throws out of the loop instead of being dead-lettered (a poison pill)",
        failureMentions = "poison pill")
package dev.kafkalabs.lab06.mutants.crash_on_malformed;

import dev.kafkalabs.support.junit.Mutant;
