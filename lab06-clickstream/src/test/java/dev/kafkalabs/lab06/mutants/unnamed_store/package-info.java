@Mutant(exercise = "6.3", misconception = "the count is kept in a store Kafka Streams names itself, so the live table cannot find it",
        failureMentions = "must hold the count per domain")
package dev.kafkalabs.lab06.mutants.unnamed_store;

import dev.kafkalabs.support.junit.Mutant;
