package dev.kafkalabs.lab10;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a program that runs until it is stopped: the shutdown hook asks the program to stop, then
 * <em>waits</em> until the program has closed what it opened (a hook that only asked would let the JVM
 * exit before the worker wrote its last offsets). Close it last, after everything else:
 *
 * <pre>{@code
 * try (CtrlC ctrlC = CtrlC.stops(tail::stop); StandaloneWorker worker = StandaloneWorker.start(settings)) {
 *     tail.run();            // until Ctrl-C
 * }                          // worker closed first, then ctrlC: the hook returns, the JVM exits
 * }</pre>
 */
public final class CtrlC implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private CtrlC(Runnable stop) {
        this.hook = new Thread(() -> onCtrlC(stop), "lab10-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** On Ctrl-C, runs {@code stop} (which makes the program's main loop end) and waits for {@link #close()}. */
    public static CtrlC stops(Runnable stop) {
        return new CtrlC(stop);
    }

    /** For a program with nothing else to do: blocks until Ctrl-C. */
    public void await() throws InterruptedException {
        stopRequested.await();
    }

    /** The program has closed everything: a running hook may let the JVM exit; without Ctrl-C, the hook goes. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // Ctrl-C: the hook is running and returns now.
        }
    }

    private void onCtrlC(Runnable stop) {
        stopRequested.countDown();
        stop.run();
        try {
            closed.await(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
