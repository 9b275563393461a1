package dev.kafkalabs.lab03;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Processes one record of the numbered events, with a lasting side effect (see {@link ProcessedLog}). */
@FunctionalInterface
public interface RecordHandler {

    void process(ConsumerRecord<Integer, String> record);
}
