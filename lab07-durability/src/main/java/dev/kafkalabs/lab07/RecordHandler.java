package dev.kafkalabs.lab07;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What exercise 7.4's reader does with each record (the runner prints and counts it). */
@FunctionalInterface
public interface RecordHandler {

    void handle(ConsumerRecord<Long, String> record);
}
