package dev.kafkalabs.support.clicks;

/** A counting program's work (6.2, 6.3, 6.4, 11.2, 11.3): run until asked to stop, then hand back the final counts. */
public interface ClickCounter {

    /** Counts until {@link #stop()} is called (or the program decides it is done); returns the final counts. */
    CountResult run() throws Exception;

    /** Asks {@link #run()} to finish; safe to call from any thread, e.g. a shutdown hook. */
    void stop();
}
