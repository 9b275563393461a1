@Mutant(exercise = "10.1", misconception = "tasks.max above 1 is expected to read the file in parallel",
        failureMentions = "one file with one task")
package dev.kafkalabs.lab10.mutants.more_tasks_for_speed;

import dev.kafkalabs.support.junit.Mutant;
