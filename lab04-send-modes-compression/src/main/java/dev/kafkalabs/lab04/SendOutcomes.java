package dev.kafkalabs.lab04;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a send mode learned about its records: how many Kafka stored, how many it refused, and the first
 * error. Safe to call from the producer's I/O thread (callbacks) and from the sending thread (sync), and
 * cheap enough to call once per record at full speed (no lock, no object per record).
 */
public final class SendOutcomes {

    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    /** Kafka acknowledged a record: it is stored. */
    public void stored() {
        stored.incrementAndGet();
    }

    /** Kafka (or the producer) reported that a record could not be stored, because of {@code error}. */
    public void failed(Throwable error) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, error);
    }

    public int storedCount() {
        return stored.get();
    }

    public int failedCount() {
        return failed.get();
    }

    /** How many records the mode heard about, stored or not. */
    public int answeredCount() {
        return storedCount() + failedCount();
    }

    public Optional<Throwable> firstFailure() {
        return Optional.ofNullable(firstFailure.get());
    }
}
