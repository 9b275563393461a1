package dev.kafkalabs.lab08;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The application's work on one record. A failure is a {@link ProcessingFailedException}. */
@FunctionalInterface
public interface RecordHandler {

    void handle(ConsumerRecord<String, String> record);
}
