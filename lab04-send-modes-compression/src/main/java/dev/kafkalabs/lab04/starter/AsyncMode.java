package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Lab 4.1 - async: send every record with a callback and keep going; the producer's I/O thread calls
 * the callback when Kafka has answered. One callback object serves every record: a new one per
 * record would be millions of short-lived objects for the garbage collector.
 */
public final class AsyncMode implements SendMode {

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes) {
        throw new UnsupportedOperationException("Lab 4.1: send every record without waiting, and let one callback "
                + "object, reused for all of them, hear each answer - ./labs hint 4.1, README 4.1");
    }

    /** Tells {@code outcomes} what Kafka answered. Runs on the producer's I/O thread: keep it short. */
    static final class ReportingCallback implements Callback {

        private final SendOutcomes outcomes;

        ReportingCallback(SendOutcomes outcomes) {
            this.outcomes = outcomes;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            throw new UnsupportedOperationException("Lab 4.1: tell outcomes whether Kafka stored this record or "
                    + "refused it, and why - ./labs hint 4.1, README 4.1");
        }
    }
}
