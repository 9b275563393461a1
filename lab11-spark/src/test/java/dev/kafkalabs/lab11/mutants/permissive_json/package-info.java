@Mutant(exercise = "11.2",
        misconception = "Spark's from_json decides what is an event (it is lenient: missing fields become null, numbers text)",
        failureMentions = "not set aside")
package dev.kafkalabs.lab11.mutants.permissive_json;

import dev.kafkalabs.support.junit.Mutant;
