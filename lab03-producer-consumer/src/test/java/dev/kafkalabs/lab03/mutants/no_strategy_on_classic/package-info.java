@Mutant(exercise = "3.3", misconception = "the classic protocol is chosen but no partition.assignment.strategy: the default [Range, CooperativeSticky] applies",
        failureMentions = "default strategy")
package dev.kafkalabs.lab03.mutants.no_strategy_on_classic;

import dev.kafkalabs.support.junit.Mutant;
