package dev.kafkalabs.lab06;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many records a Streams program has taken in, and when the last one arrived: for progress lines
 * and for {@code --exit-when-idle}. Call {@link #record()} from a {@code peek} right after the source.
 */
public final class ProcessingProgress {

    private final AtomicLong records = new AtomicLong();
    private volatile long lastRecordNanos = System.nanoTime();

    public void record() {
        records.incrementAndGet();
        lastRecordNanos = System.nanoTime();
    }

    /**
     * Records processed by this instance, including those of transactions that will be aborted if it
     * crashes: a progress figure, not a result.
     */
    public long records() {
        return records.get();
    }

    long lastRecordNanos() {
        return lastRecordNanos;
    }
}
