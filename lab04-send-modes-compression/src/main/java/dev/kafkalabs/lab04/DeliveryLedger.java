package dev.kafkalabs.lab04;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Counts what happened to the records of one run and measures each record's send-to-acknowledgement
 * latency, without creating an object per record.
 *
 * <p>{@link #sending()} stamps the time just before a record is handed to {@code send}. The n-th answer
 * ({@link #acknowledged()} or {@link #failed(Throwable)}) belongs to the n-th record sent: Kafka runs
 * the callbacks of one partition in the order the records were sent, and the benchmark topic has one
 * partition. That is what lets a single reusable {@code Callback} serve every record.
 *
 * <p>{@link #sending()} is called by the sending thread only; the answers come from the producer's
 * I/O thread (async) or the sending thread (sync).
 */
public final class DeliveryLedger {

    private final long[] sendNanos;
    private final long[] latencyNanos;
    private int sent;
    private int acknowledged;
    private int failed;
    private Throwable firstFailure;

    public DeliveryLedger(int expectedRecords) {
        this.sendNanos = new long[expectedRecords];
        this.latencyNanos = new long[expectedRecords];
    }

    /** Call just before handing the next record to {@code producer.send(...)}. */
    public void sending() {
        if (sent == sendNanos.length) {
            throw new IllegalStateException("This ledger was made for " + sendNanos.length + " records");
        }
        sendNanos[sent++] = System.nanoTime();
    }

    /** Call when Kafka confirmed a record. */
    public synchronized void acknowledged() {
        answered();
        acknowledged++;
    }

    /** Call when sending a record failed: Kafka (or the producer) reported {@code error}. */
    public synchronized void failed(Throwable error) {
        answered();
        failed++;
        if (firstFailure == null) {
            firstFailure = error;
        }
    }

    private void answered() {
        int index = acknowledged + failed;
        if (index >= sent) {
            throw new IllegalStateException("More answers than records sent (" + sent + "): is a record counted twice?");
        }
        latencyNanos[index] = System.nanoTime() - sendNanos[index];
        notifyAll();
    }

    public int sentCount() {
        return sent;
    }

    public synchronized int acknowledgedCount() {
        return acknowledged;
    }

    public synchronized int failedCount() {
        return failed;
    }

    public synchronized Optional<Throwable> firstFailure() {
        return Optional.ofNullable(firstFailure);
    }

    /**
     * Waits until every record sent so far has been answered.
     *
     * @return false if {@code timeout} passed first
     */
    public synchronized boolean awaitAnswers(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged + failed < sent) {
            long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMs <= 0) {
                return false;
            }
            wait(remainingMs);
        }
        return true;
    }

    /** The send-to-answer latency of every answered record, in send order, in nanoseconds. */
    public synchronized long[] latenciesNanos() {
        return Arrays.copyOf(latencyNanos, acknowledged + failed);
    }
}
