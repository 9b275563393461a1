package dev.kafkalabs.lab04.starter;

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
        throw new UnsupportedOperationException("Lab 4.1: send the records one at a time, waiting for Kafka's answer "
                + "to each before the next, and report every answer (stored, or Kafka's own error) to outcomes - "
                + "./labs hint 4.1, README 4.1");
    }
}
