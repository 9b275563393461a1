@Mutant(exercise = "10.1", misconception = "the source is given the file's name, not its full path (the worker resolves it against its own directory)",
        failureMentions = "full path")
package dev.kafkalabs.lab10.mutants.file_name_only;

import dev.kafkalabs.support.junit.Mutant;
