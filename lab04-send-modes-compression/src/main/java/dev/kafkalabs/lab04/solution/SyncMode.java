package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.DeliveryLedger;
import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Lab 4.1 - sync: send a record, then block on its {@code Future} until Kafka has answered, one
 * record at a time. Every error surfaces, but only one record is ever in flight.
 */
public final class SyncMode implements SendMode {

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, DeliveryLedger ledger) throws InterruptedException {
        for (int i = 0; i < job.count(); i++) {
            ledger.sending();
            sendAndWait(producer, job.record(i), ledger);
        }
    }

    /** Sends {@code record}, waits for Kafka's answer and tells the ledger which answer it was. */
    private static void sendAndWait(Producer<byte[], byte[]> producer, ProducerRecord<byte[], byte[]> record,
                                    DeliveryLedger ledger) throws InterruptedException {
        try {
            producer.send(record).get();
            ledger.acknowledged();
        } catch (ExecutionException e) {
            ledger.failed(e.getCause());
        }
    }
}
