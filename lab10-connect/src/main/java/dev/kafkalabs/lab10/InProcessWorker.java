package dev.kafkalabs.lab10;

import java.net.URI;
import org.apache.kafka.connect.runtime.Connect;

/**
 * A Kafka Connect worker running inside this JVM, standalone ({@link StandaloneWorker}) or distributed
 * ({@link DistributedWorker}): its REST API, and how it stops. Lab machinery: with the two, the only classes
 * that touch Connect's runtime classes, which no Connect user writes.
 */
public abstract class InProcessWorker implements AutoCloseable {

    private final Connect<?> connect;

    InProcessWorker(Connect<?> connect) {
        this.connect = connect;
    }

    /**
     * The address the worker's REST API really listens on (with port 0 in the settings: the port it got);
     * in a distributed cluster also the worker's id in the statuses.
     */
    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    /** A client of this worker's REST API (a distributed worker answers for its whole cluster). */
    public ConnectRest rest() {
        return new ConnectRest(restUrl());
    }

    /**
     * Blocks until the worker has stopped: Connect's own shutdown hook stops it on Ctrl-C or SIGTERM. (A
     * distributed worker whose herder, the thread that joins the group and runs its work, fails exits by
     * itself, code 1, after logging why at ERROR.)
     */
    public void awaitStop() {
        connect.awaitStop();
    }

    /**
     * Stops the worker cleanly and waits until it has: its source tasks' last offsets are stored (in the
     * offsets file, or the offsets topic), and a distributed worker has left its group.
     */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
