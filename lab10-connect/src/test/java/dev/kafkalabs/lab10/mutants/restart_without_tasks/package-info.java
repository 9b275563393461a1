@Mutant(exercise = "10.3", misconception = "POST /connectors/<name>/restart is expected to restart the tasks too (no includeTasks=true)",
        failureMentions = "includeTasks=true")
package dev.kafkalabs.lab10.mutants.restart_without_tasks;

import dev.kafkalabs.support.junit.Mutant;
