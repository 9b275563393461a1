package dev.kafkalabs.lab10.starter;

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

    @Override
    public ConnectorStatus status(ConnectRest rest, String connector) {
        throw new UnsupportedOperationException("Lab 10.3: ask the worker for the connector's status and its "
                + "tasks' - ./labs hint 10.3, README 10.3");
    }

    @Override
    public void pause(ConnectRest rest, String connector) {
        throw new UnsupportedOperationException("Lab 10.3: pause the connector - ./labs hint 10.3, README 10.3");
    }

    @Override
    public void resume(ConnectRest rest, String connector) {
        throw new UnsupportedOperationException("Lab 10.3: resume the connector - ./labs hint 10.3, README 10.3");
    }

    @Override
    public void restart(ConnectRest rest, String connector) {
        throw new UnsupportedOperationException("Lab 10.3: restart the connector so that a failed task runs "
                + "again too - ./labs hint 10.3, README 10.3");
    }

    @Override
    public ConnectorStatus awaitState(ConnectRest rest, String connector, String state, Duration timeout)
            throws InterruptedException {
        throw new UnsupportedOperationException("Lab 10.3: return once the connector and its tasks have reached "
                + "the state (the requests above only ask for a change) - ./labs hint 10.3, README 10.3");
    }
}
