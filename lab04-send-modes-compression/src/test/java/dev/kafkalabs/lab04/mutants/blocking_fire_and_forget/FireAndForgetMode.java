package dev.kafkalabs.lab04.mutants.blocking_fire_and_forget;

import dev.kafkalabs.lab04.SendJob;
import dev.kafkalabs.lab04.SendMode;
import dev.kafkalabs.lab04.SendOutcomes;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;

/**
 * Lab 4.1 - fire-and-forget: hand each record to the producer and move on. {@code send} returns a
 * {@code Future} that nobody looks at, so the program never learns whether a record arrived.
 */
public final class FireAndForgetMode implements SendMode {

    @Override
    public void sendAll(Producer<byte[], byte[]> producer, SendJob job, SendOutcomes outcomes)
            throws InterruptedException {
        for (int i = 0; i < job.count(); i++) {
            try {
                // MUTANT: "to be safe", waits for every record - that is sync, minus the error handling.
                producer.send(job.record(i)).get();
            } catch (ExecutionException ignored) {
                // fire-and-forget does not care
            }
        }
    }
}
