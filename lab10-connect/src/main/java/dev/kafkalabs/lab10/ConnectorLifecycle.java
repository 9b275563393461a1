package dev.kafkalabs.lab10;

import java.time.Duration;

/** Exercise 10.3: looking at a running connector and steering it through a worker's REST API. */
public interface ConnectorLifecycle {

    /** The connector's state and its tasks' states, as the worker reports them now. */
    ConnectorStatus status(ConnectRest rest, String connector);

    /** The connector and its tasks stop processing but stay configured (state PAUSED). */
    void pause(ConnectRest rest, String connector);

    /** A paused (or stopped) connector carries on where it was (state RUNNING). */
    void resume(ConnectRest rest, String connector);

    /** Restarts the connector <em>and its tasks</em>: a FAILED task runs again. */
    void restart(ConnectRest rest, String connector);

    /**
     * Returns once the connector and all its tasks are in {@code state}, or {@code timeout} has passed;
     * returns the status last read.
     */
    ConnectorStatus awaitState(ConnectRest rest, String connector, String state, Duration timeout)
            throws InterruptedException;
}
