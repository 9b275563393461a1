@Mutant(exercise = "3.7", misconception = "committing after processing: that is at-least-once",
        failureMentions = "committing after processing")
package dev.kafkalabs.lab03.mutants.commits_after_processing;

import dev.kafkalabs.support.junit.Mutant;
