package dev.kafkalabs.lab06;

import java.util.concurrent.TimeUnit;

/** Keeps a loop at a given rate by sleeping when it runs ahead; a rate of 0 means full speed. */
public final class Pacer {

    private final long nanosPerEvent;
    private final long start = System.nanoTime();

    public Pacer(long eventsPerSecond) {
        this.nanosPerEvent = eventsPerSecond > 0 ? TimeUnit.SECONDS.toNanos(1) / eventsPerSecond : 0;
    }

    /** Sleeps until it is time for event number {@code done + 1}. */
    public void await(long done) throws InterruptedException {
        if (nanosPerEvent == 0) {
            return;
        }
        long ahead = start + done * nanosPerEvent - System.nanoTime();
        if (ahead > TimeUnit.MILLISECONDS.toNanos(1)) {
            TimeUnit.NANOSECONDS.sleep(ahead);
        }
    }
}
