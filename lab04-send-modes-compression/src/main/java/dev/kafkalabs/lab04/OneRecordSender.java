package dev.kafkalabs.lab04;

import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Lab 4.3's contract: one record sent each of the three ways, and what the sending code learns. */
public interface OneRecordSender {

    /** Fire-and-forget: hands the record to the producer and returns at once. There is nothing to learn. */
    void fireAndForget(ProducerRecord<String, byte[]> record);

    /** Sync: sends and waits. Returns the error Kafka reported, or empty when the record was stored. */
    Optional<Throwable> sendSync(ProducerRecord<String, byte[]> record) throws InterruptedException;

    /** Async: sends with a callback, then waits for it. Returns the error it was given, or empty. */
    Optional<Throwable> sendAsync(ProducerRecord<String, byte[]> record) throws InterruptedException;
}
