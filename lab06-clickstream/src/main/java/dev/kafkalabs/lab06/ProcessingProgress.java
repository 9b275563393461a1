package dev.kafkalabs.lab06;

/**
 * How many records a Streams program has taken in, and when the last one arrived: for progress lines
 * and for {@code --exit-when-idle}. Call {@link #record()} from a {@code peek} right after the source.
 */
public final class ProcessingProgress {

    private final Throughput throughput = new Throughput();

    public void record() {
        throughput.add(1);
    }

    /**
     * Records processed by this instance, including those of transactions that will be aborted if it
     * crashes: a progress figure, not a result.
     */
    public long records() {
        return throughput.records();
    }

    /** When the last record arrived, or 0 before the first. */
    long lastRecordNanos() {
        return throughput.lastNanos();
    }

    public String summary() {
        return throughput.summary();
    }
}
