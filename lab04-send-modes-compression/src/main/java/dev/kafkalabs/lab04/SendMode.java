package dev.kafkalabs.lab04;

import org.apache.kafka.clients.producer.Producer;

/**
 * Lab 4.1's contract: one way of handing records to a producer (fire-and-forget, sync or async). The
 * benchmark gives every mode the same producer settings and the same records, and times it from its
 * first send until Kafka has answered for every record.
 */
public interface SendMode {

    /**
     * Sends every record of {@code job}, in order, and reports to {@code outcomes} every answer the mode
     * learns from Kafka (fire-and-forget learns none). May return before Kafka has answered.
     */
    void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes) throws InterruptedException;
}
