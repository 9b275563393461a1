@Mutant(exercise = "3.4", misconception = "configure() left empty: auto-commit is on by default, but every 5 s",
        failureMentions = "default interval")
package dev.kafkalabs.lab03.mutants.empty_body;

import dev.kafkalabs.support.junit.Mutant;
