package dev.kafkalabs.lab04.solution;

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
        Callback callback = new ReportingCallback(outcomes);
        for (int i = 0; i < job.count(); i++) {
            producer.send(job.record(i), callback);
        }
    }

    /** Tells {@code outcomes} what Kafka answered. Runs on the producer's I/O thread: keep it short. */
    static final class ReportingCallback implements Callback {

        private final SendOutcomes outcomes;

        ReportingCallback(SendOutcomes outcomes) {
            this.outcomes = outcomes;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception == null) {
                outcomes.stored();
            } else {
                outcomes.failed(exception);
            }
        }
    }
}
