@Mutant(exercise = "4.1", misconception = "async creates a new Callback object for every record (the deck's new KafkaCallback() per send)",
        failureMentions = "one callback object")
package dev.kafkalabs.lab04.mutants.callback_per_record;

import dev.kafkalabs.support.junit.Mutant;
