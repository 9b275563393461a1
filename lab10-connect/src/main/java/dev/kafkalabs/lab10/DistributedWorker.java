package dev.kafkalabs.lab10;

import java.util.Map;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;

/**
 * A Kafka Connect distributed worker running inside this JVM: what {@code bin/connect-distributed.sh
 * connect-distributed.properties} starts. Run one per JVM ({@link dev.kafkalabs.lab10.demo.WorkerProgram}): a worker is a process
 * that can die on its own, and that is what 10.5 is about.
 *
 * <p>Lab machinery, like {@link StandaloneWorker} (see {@link InProcessWorker}).
 */
public final class DistributedWorker extends InProcessWorker {

    private DistributedWorker(Connect<DistributedHerder> connect) {
        super(connect);
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
}
