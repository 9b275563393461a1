package dev.kafkalabs.lab04.mutants.async_blocks;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import java.util.concurrent.ExecutionException;
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
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes)
            throws InterruptedException {
        Callback callback = new ReportingCallback(outcomes);
        for (int i = 0; i < job.count(); i++) {
            try {
                // MUTANT: waits as well, "to be sure" - that is sync with a callback.
                producer.send(job.record(i), callback).get();
            } catch (ExecutionException alreadyReportedByTheCallback) {
                // the callback has it
            }
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
