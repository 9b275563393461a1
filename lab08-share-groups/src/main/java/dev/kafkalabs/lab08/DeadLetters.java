package dev.kafkalabs.lab08;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where the application notes a record it gives up on, so that a person can look at it (exercise 8.3). */
@FunctionalInterface
public interface DeadLetters {

    void giveUp(ConsumerRecord<String, String> record, RuntimeException lastFailure);
}
