package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.ConnectorLifecycle;
import dev.kafkalabs.lab10.ConnectorStatus;
import java.time.Duration;

/**
 * Lab 10.3 - a connector's status, pause, resume and restart through the worker's REST API.
 * {@code ./labs run 10.3 --starter} creates its file source with your 10.1 {@code FileSource}: do 10.1
 * first.
 */
public final class ConnectorControl implements ConnectorLifecycle {

    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    @Override
    public ConnectorStatus status(ConnectRest rest, String connector) {
        return ConnectorStatus.from(rest.get("/connectors/" + connector + "/status"));
    }

    @Override
    public void pause(ConnectRest rest, String connector) {
        rest.put("/connectors/" + connector + "/pause");
    }

    @Override
    public void resume(ConnectRest rest, String connector) {
        rest.put("/connectors/" + connector + "/resume");
    }

    @Override
    public void restart(ConnectRest rest, String connector) {
        // Without includeTasks only the connector object restarts; its tasks (a FAILED one too) stay as they are.
        rest.post("/connectors/" + connector + "/restart?includeTasks=true");
    }

    @Override
    public ConnectorStatus awaitState(ConnectRest rest, String connector, String state, Duration timeout)
            throws InterruptedException {
        // Pause, resume and restart answer 202 Accepted: the state changes a moment later.
        long deadline = System.nanoTime() + timeout.toNanos();
        ConnectorStatus status = status(rest, connector);
        while (!status.isSettledIn(state) && System.nanoTime() < deadline) {
            Thread.sleep(CHECK_EVERY.toMillis());
            status = status(rest, connector);
        }
        return status;
    }
}
