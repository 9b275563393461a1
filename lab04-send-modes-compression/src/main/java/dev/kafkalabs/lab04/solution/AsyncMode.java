package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.DeliveryLedger;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
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
    public String name() {
        return "async";
    }

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, DeliveryLedger ledger) {
        Callback callback = new LedgerCallback(ledger);
        for (int i = 0; i < job.count(); i++) {
            ledger.sending();
            producer.send(job.record(i), callback);
        }
    }

    /** Reports every answer Kafka gives to the ledger. Runs on the producer's I/O thread: keep it short. */
    static final class LedgerCallback implements Callback {

        private final DeliveryLedger ledger;

        LedgerCallback(DeliveryLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception == null) {
                ledger.acknowledged();
            } else {
                ledger.failed(exception);
            }
        }
    }
}
