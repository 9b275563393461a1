@Mutant(exercise = "10.4", misconception = "a connector under a new name is created to re-read the file",
        failureMentions = "a connector under a new name")
package dev.kafkalabs.lab10.mutants.replay_under_new_name;

import dev.kafkalabs.support.junit.Mutant;
