package dev.kafkalabs.lab08;

import java.time.Duration;

/** Simulated work: a job that takes a while, so that records spread over the workers. */
public final class Work {

    private Work() {
    }

    /** Takes {@code duration}, like a call to a slow service would. */
    public static void take(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingFailedException("interrupted while working");
        }
    }
}
