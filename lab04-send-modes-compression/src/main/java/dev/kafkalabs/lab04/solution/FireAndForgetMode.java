package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import org.apache.kafka.clients.producer.Producer;

/**
 * Lab 4.1 - fire-and-forget: hand each record to the producer and move on. {@code send} returns a
 * {@code Future} that nobody looks at, so the program never learns whether a record arrived.
 */
public final class FireAndForgetMode implements SendMode {

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes) {
        for (int i = 0; i < job.count(); i++) {
            producer.send(job.record(i));
        }
    }
}
