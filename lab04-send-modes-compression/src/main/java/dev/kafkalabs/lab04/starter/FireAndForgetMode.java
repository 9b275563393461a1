package dev.kafkalabs.lab04.starter;

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
            throw new UnsupportedOperationException("Lab 4.1: send job.record(i) with producer.send(...) and "
                    + "ignore the Future it returns - see lab04-send-modes-compression/README.md section 4.1");
        }
    }

    @Override
    public boolean learnsOutcomes() {
        return false;
    }
}
