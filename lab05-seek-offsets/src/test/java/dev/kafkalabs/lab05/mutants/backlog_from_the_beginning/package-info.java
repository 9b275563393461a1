/** Lab 5.6, wrong: the backlog is everything before the cut. */
@Mutant(exercise = "5.6", misconception = "the backlog is everything before the cut",
        failureMentions = "already processed the records before its committed offset")
package dev.kafkalabs.lab05.mutants.backlog_from_the_beginning;

import dev.kafkalabs.support.junit.Mutant;
