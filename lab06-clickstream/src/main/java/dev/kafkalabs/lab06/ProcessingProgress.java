package dev.kafkalabs.lab06;

/**
 * What a Streams program has done and when it last did something: records taken in (a {@code peek} right
 * after the source) and results sent out (a {@code peek} before the output topic). For progress lines
 * and for {@code --exit-when-idle}.
 */
public final class ProcessingProgress {

    private final Throughput input = new Throughput();
    private volatile long lastOutputNanos;

    /** One more record was taken in. */
    public void record() {
        input.add(1);
    }

    /** One more result went out. */
    public void output() {
        lastOutputNanos = System.nanoTime();
    }

    /**
     * Records taken in by this instance, including those of transactions that will be aborted if it
     * crashes: a progress figure, not a result.
     */
    public long records() {
        return input.records();
    }

    /** When a record last came in or a result last went out ({@link System#nanoTime()}), or 0 before either. */
    long lastActivityNanos() {
        return Math.max(input.lastNanos(), lastOutputNanos);
    }

    public String summary() {
        return input.summary();
    }
}
