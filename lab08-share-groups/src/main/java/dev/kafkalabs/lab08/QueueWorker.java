package dev.kafkalabs.lab08;

/**
 * A consumer of a share group running its poll loop: {@link #run()} polls until {@link #stop()} is
 * called from another thread, then closes its consumer and returns.
 */
public interface QueueWorker extends Runnable {

    /** Polls and processes until {@link #stop()}; the consumer is closed when it returns. */
    @Override
    void run();

    /** Asks the loop to end; safe to call from any thread, at any time, more than once. */
    void stop();
}
