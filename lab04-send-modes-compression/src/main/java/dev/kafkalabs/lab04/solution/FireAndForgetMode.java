package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.DeliveryLedger;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import org.apache.kafka.clients.producer.Producer;

/**
 * Lab 4.1 - fire-and-forget: hand each record to the producer and move on. {@code send} returns a
 * {@code Future} that nobody looks at, so the program never learns whether a record arrived.
 */
public final class FireAndForgetMode implements SendMode {

    @Override
    public String name() {
        return "fire-and-forget";
    }

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, DeliveryLedger ledger) {
        for (int i = 0; i < job.count(); i++) {
            ledger.sending();
            producer.send(job.record(i));
        }
    }

    @Override
    public boolean learnsOutcomes() {
        return false;
    }
}
