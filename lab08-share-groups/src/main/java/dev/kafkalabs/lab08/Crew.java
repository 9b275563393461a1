package dev.kafkalabs.lab08;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several {@link QueueWorker}s, each on its own thread, in one JVM: how the demos and checks run a
 * share group's members. {@link #close()} stops them all and waits for their loops to end.
 */
public final class Crew implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final List<QueueWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, Throwable> failures = new ConcurrentHashMap<>();

    /** Starts {@code worker} on a new thread called {@code name}. */
    public synchronized Crew start(String name, QueueWorker worker) {
        Thread thread = new Thread(() -> {
            try {
                worker.run();
            } catch (Throwable t) {
                // Reported by failures(): a demo prints it, a check fails with it.
                failures.put(name, t);
            }
        }, name);
        workers.add(worker);
        threads.add(thread);
        thread.start();
        return this;
    }

    /** The exceptions that ended a worker's loop, by worker name (empty while all run fine). */
    public Map<String, Throwable> failures() {
        return Map.copyOf(failures);
    }

    /** The first failure as one line, or null. */
    public String firstFailure() {
        return failures.entrySet().stream().findFirst()
                .map(entry -> entry.getKey() + " failed: " + describe(entry.getValue()))
                .orElse(null);
    }

    /**
     * Throws when a worker's loop has failed: its exception as the cause (a starter's TODO is found there),
     * and {@code explanation} applied to the one-line description as the message.
     */
    public void throwIfFailed(java.util.function.UnaryOperator<String> explanation) {
        String failure = firstFailure();
        if (failure != null) {
            throw new IllegalStateException(explanation.apply(failure), failures.values().iterator().next());
        }
    }

    /** {@link #throwIfFailed(java.util.function.UnaryOperator)} with the description as it is. */
    public void throwIfFailed() {
        throwIfFailed(description -> description);
    }

    /** Stops every worker and waits for its loop to end (and its consumer to close). */
    @Override
    public synchronized void close() {
        workers.forEach(QueueWorker::stop);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                failures.putIfAbsent(thread.getName(), new IllegalStateException(
                        thread.getName() + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s of stop()"));
            }
        }
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
