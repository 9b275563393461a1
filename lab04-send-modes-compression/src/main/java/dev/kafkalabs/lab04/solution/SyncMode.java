package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;

/**
 * Lab 4.1 - sync: send a record, then block on its {@code Future} until Kafka has answered, one
 * record at a time. Every error surfaces at once, but only one record is ever in flight.
 */
public final class SyncMode implements SendMode {

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes)
            throws InterruptedException {
        for (int i = 0; i < job.count(); i++) {
            try {
                producer.send(job.record(i)).get();
                outcomes.stored();
            } catch (ExecutionException e) {
                // The Future wraps Kafka's error: the cause is what went wrong (e.g. RecordTooLargeException).
                outcomes.failed(e.getCause());
            }
        }
    }
}
