@Mutant(exercise = "10.2", misconception = "POST /connectors is used to create or update; it only creates",
        failureMentions = "answers 409 Conflict")
package dev.kafkalabs.lab10.mutants.create_only;

import dev.kafkalabs.support.junit.Mutant;
