package dev.kafkalabs.lab06;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a loop that runs on the main thread: the shutdown hook raises the signal and then waits
 * until the loop says it is {@link #done()}, so that the JVM does not exit before the loop has
 * flushed and closed its clients.
 */
public final class StopSignal {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private StopSignal() {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ctrl-c");
    }

    public static StopSignal onCtrlC() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    public boolean requested() {
        return requested;
    }

    /** The loop has finished: let a waiting shutdown hook go, or remove the hook when no one pressed Ctrl-C. */
    public void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running; it has just been released.
        }
    }
}
