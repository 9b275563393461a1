package dev.kafkalabs.lab08;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The application's work on one record, and what became of it (exercise 8.2). */
@FunctionalInterface
public interface OutcomeHandler {

    Outcome handle(ConsumerRecord<String, String> record);
}
