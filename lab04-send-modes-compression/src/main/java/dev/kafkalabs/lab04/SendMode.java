package dev.kafkalabs.lab04;

import org.apache.kafka.clients.producer.Producer;

/**
 * One way of handing records to a producer: fire-and-forget, sync or async. The benchmark gives every
 * mode the same producer settings and the same records, and times it from its first send until Kafka
 * has answered for every record.
 */
public interface SendMode {

    /** The mode's name in tables and charts, e.g. {@code "async"}. */
    String name();

    /**
     * Sends every record of {@code job}, in order. Calls {@link DeliveryLedger#sending()} just before
     * each {@code send}, and - when the mode finds out - {@link DeliveryLedger#acknowledged()} or
     * {@link DeliveryLedger#failed(Throwable)} once per record. May return before Kafka has answered.
     */
    void sendAll(Producer<byte[], byte[]> producer, SendJob job, DeliveryLedger ledger) throws InterruptedException;

    /** Whether the mode ever learns the outcome of a send (fire-and-forget does not). */
    default boolean learnsOutcomes() {
        return true;
    }
}
