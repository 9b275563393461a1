@Mutant(exercise = "6.4", misconception = "the aggregator starts from nothing for every event instead of adding to the running value",
        failureMentions = "add up all of the domain's events")
package dev.kafkalabs.lab06.mutants.aggregate_restarts;

import dev.kafkalabs.support.junit.Mutant;
