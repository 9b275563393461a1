package dev.kafkalabs.lab06;

/**
 * What the checks need from a counting program (6.2, 6.3, 6.4), beyond its {@code main}: both the
 * solution and the starter implement it, with a public constructor taking {@link CounterOptions}.
 */
public interface ClickCounter {

    /**
     * Counts until {@link #stop()} is called or, with {@link CounterOptions#exitWhenIdle()}, until no
     * record arrived for that long; then returns the final counts.
     */
    CountResult run() throws Exception;

    /** Asks {@link #run()} to finish; safe to call from any thread, e.g. a shutdown hook. */
    void stop();
}
