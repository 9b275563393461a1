package dev.kafkalabs.lab04.mutants.sync_without_get;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
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
            // MUTANT: "send is synchronous" - it is not; nothing waits for the broker here.
            producer.send(job.record(i));
            outcomes.stored();
        }
    }
}
