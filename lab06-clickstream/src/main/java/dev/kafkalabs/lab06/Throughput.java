package dev.kafkalabs.lab06;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Records per second from the first record to the last one a program saw. Started together with the
 * generator, a counter's figure is the end-to-end rate: generator, broker and counter together.
 */
public final class Throughput {

    private final AtomicLong records = new AtomicLong();
    private volatile long firstNanos;
    private volatile long lastNanos;

    /** {@code count} more records arrived just now. */
    public void add(long count) {
        long now = System.nanoTime();
        if (firstNanos == 0) {
            firstNanos = now;
        }
        lastNanos = now;
        records.addAndGet(count);
    }

    public long records() {
        return records.get();
    }

    /** When the last record arrived ({@link System#nanoTime()}), or 0 before the first. */
    public long lastNanos() {
        return lastNanos;
    }

    /** E.g. "1,000,000 records in 8.1 s from the first to the last: 123,456 records/s". */
    public String summary() {
        long count = records.get();
        double seconds = (lastNanos - firstNanos) / 1e9;
        String rate = seconds > 0 ? String.format("%,.0f records/s", count / seconds) : "too few to time";
        return String.format("%,d records in %.1f s from the first to the last: %s", count, seconds, rate);
    }
}
