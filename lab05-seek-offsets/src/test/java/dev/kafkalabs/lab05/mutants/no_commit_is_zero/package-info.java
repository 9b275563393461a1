/** Lab 5.5, wrong: a group that never committed has committed offset 0. */
@Mutant(exercise = "5.5", misconception = "a group that never committed has committed offset 0",
        failureMentions = "is not offset 0")
package dev.kafkalabs.lab05.mutants.no_commit_is_zero;

import dev.kafkalabs.support.junit.Mutant;
