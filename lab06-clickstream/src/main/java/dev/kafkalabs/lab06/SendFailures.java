package dev.kafkalabs.lab06;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One {@link Callback} for every send of a producer: it counts the sends the broker did not
 * acknowledge and keeps the first error, so that the program can stop with it.
 */
public final class SendFailures implements Callback {

    private final String what;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<Exception> first = new AtomicReference<>();

    /** @param what what was sent, for the error message, e.g. "events" or "dead letters" */
    public SendFailures(String what) {
        this.what = what;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failures.incrementAndGet();
            first.compareAndSet(null, exception);
        }
    }

    /** Throws if any send completed with an error so far. */
    public void throwIfFailed() {
        Exception failure = first.get();
        if (failure != null) {
            throw new IllegalStateException(failures.get() + " " + what + " could not be written; the first error: "
                    + failure.getMessage(), failure);
        }
    }
}
