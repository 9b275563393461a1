package dev.kafkalabs.lab10;

import java.net.URI;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

/**
 * A Kafka Connect distributed worker running inside this JVM: what {@code bin/connect-distributed.sh
 * connect-distributed.properties} starts. Run one per JVM ({@link WorkerProgram}): a worker is a process
 * that can die on its own, and that is what 10.5 is about.
 *
 * <p>Lab machinery, like {@link dev.kafkalabs.lab10.StandaloneWorker}: the only 10.5 class that touches
 * Connect's runtime classes.
 */
public final class DistributedWorker implements AutoCloseable {

    private final Connect<DistributedHerder> connect;

    private DistributedWorker(Connect<DistributedHerder> connect) {
        this.connect = connect;
    }

    /**
     * The settings of worker {@code worker} of the Connect cluster {@code cluster}: {@value
     * ConnectConfig#DISTRIBUTED_WORKER} for this JVM, with its REST API on {@code restPort}, and what
     * {@code group} (exercise 10.5) adds.
     */
    public static Map<String, String> settings(WorkerGroupSetup group, String cluster, String worker, int restPort) {
        Map<String, String> settings = ConnectConfig.distributedWorker(restPort);
        settings.putAll(group.settings(cluster, worker));
        return settings;
    }

    /** Starts a worker with {@code settings} and returns once its REST API answers (it may still be joining). */
    public static DistributedWorker start(Map<String, String> settings) {
        return new DistributedWorker(new ConnectDistributed().startConnect(settings));
    }

    /** The address of this worker's REST API, which is also its id in the cluster's statuses. */
    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    /** A client of this worker's REST API: any worker answers for the whole cluster. */
    public ConnectRest rest() {
        return new ConnectRest(restUrl());
    }

    /**
     * Blocks until the worker has stopped: Connect's own shutdown hook stops it on SIGTERM or Ctrl-C. (A worker
     * whose herder, the thread that joins the group and runs its work, fails exits by itself, code 1, after
     * logging why at ERROR.)
     */
    public void awaitStop() {
        connect.awaitStop();
    }

    /** Leaves the group cleanly: the others take its tasks after scheduled.rebalance.max.delay.ms. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
