/** Lab 5.5, wrong: the committed offset is the consumer's position. */
@Mutant(exercise = "5.5", misconception = "the committed offset is the consumer's position",
        failureMentions = "not the consumer's position")
package dev.kafkalabs.lab05.mutants.position_as_committed;

import dev.kafkalabs.support.junit.Mutant;
