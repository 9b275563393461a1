package dev.kafkalabs.lab10;

import java.net.URI;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;

/**
 * A Kafka Connect standalone worker running inside this JVM: what {@code bin/connect-standalone.sh
 * connect-standalone.properties} starts, without installing Kafka. It starts with no connector; you add
 * connectors through its REST API ({@link #rest()}), as you would on a worker you did not start yourself.
 *
 * <p>This is the lab's machinery, not an exercise: it is the only class that touches Connect's runtime
 * classes ({@link ConnectStandalone}, {@link Connect}), which no Connect user writes.
 */
public final class StandaloneWorker implements AutoCloseable {

    private final Connect<StandaloneHerder> connect;

    private StandaloneWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /**
     * Starts a worker with {@code workerSettings} (the settings of a {@code connect-standalone.properties},
     * see {@link ConnectConfig#inProcessWorker}) and returns once its REST API answers.
     */
    public static StandaloneWorker start(Map<String, String> workerSettings) {
        return new StandaloneWorker(new ConnectStandalone().startConnect(workerSettings));
    }

    /** The address the worker's REST API really listens on (with port 0 in the settings: the port it got). */
    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    /** A client of this worker's REST API. */
    public ConnectRest rest() {
        return new ConnectRest(restUrl());
    }

    /** Blocks until the worker has stopped (Connect's own shutdown hook stops it on Ctrl-C). */
    public void awaitStop() {
        connect.awaitStop();
    }

    /** Stops the worker and waits until it has: its source tasks' last positions are in the offsets file. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
