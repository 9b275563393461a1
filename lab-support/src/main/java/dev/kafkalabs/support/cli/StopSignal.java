package dev.kafkalabs.support.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a program whose work runs on the main thread. The shutdown hook raises the signal, asks
 * the work to stop, and then <em>waits</em> until the program says it is {@link #done()}: a hook that
 * only asked would let the JVM exit before the work had committed and closed its clients.
 *
 * <pre>{@code
 * StopSignal ctrlC = StopSignal.onCtrlC(tail::stop);
 * try (StandaloneWorker worker = StandaloneWorker.start(settings)) {
 *     tail.run();            // until Ctrl-C
 * } finally {
 *     ctrlC.done();          // after the worker has closed: the hook returns, the JVM exits
 * }
 * }</pre>
 */
public final class StopSignal {

    private static final long WAIT_SECONDS = 30;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ShutdownHooks hooks;
    private final Runnable hook;

    private StopSignal(Runnable askToStop, ShutdownHooks hooks) {
        this.hooks = hooks;
        this.hook = () -> {
            requested.countDown();
            askToStop.run();
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** On Ctrl-C: {@code askToStop} runs (e.g. a consumer's wakeup), then the JVM waits for {@link #done()}. */
    public static StopSignal onCtrlC(Runnable askToStop) {
        return onCtrlC(askToStop, ShutdownHooks.jvm());
    }

    /** The same, with the hook registered in {@code hooks} (a framework's hook manager) instead of the JVM's. */
    public static StopSignal onCtrlC(Runnable askToStop, ShutdownHooks hooks) {
        StopSignal signal = new StopSignal(askToStop, hooks);
        hooks.add(signal.hook);
        return signal;
    }

    /** For a loop that checks {@link #requested()} itself. */
    public static StopSignal onCtrlC() {
        return onCtrlC(() -> { });
    }

    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** For a program with nothing else to do than wait for Ctrl-C (e.g. a server it started). */
    public void await() throws InterruptedException {
        requested.await();
    }

    /** The work has finished: let a waiting shutdown hook go, or remove the hook when no one pressed Ctrl-C. */
    public void done() {
        finished.countDown();
        try {
            hooks.remove(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running; it has just been released.
        }
    }
}
