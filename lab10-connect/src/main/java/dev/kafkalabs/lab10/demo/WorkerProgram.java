package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.DistributedWorker;
import dev.kafkalabs.lab10.WorkerGroupSetup;
import dev.kafkalabs.lab10.solution.WorkerGroup;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Map;

/**
 * One distributed worker in this JVM, with exercise 10.5's settings (starter or solution, as
 * {@code -Dlab.variant} says): {@code --cluster NAME --worker NAME --rest-port PORT}. It prints
 * {@value #READY} and its REST address once it serves requests, and runs until it is stopped (Ctrl-C or
 * SIGTERM: it leaves the group cleanly) or killed.
 */
public final class WorkerProgram {

    public static final String READY = "Worker ready";
    private static final String HERDER_LOG_LEVEL =
            "org.slf4j.simpleLogger.log.org.apache.kafka.connect.runtime.distributed.DistributedHerder";
    static final String USAGE = "WorkerProgram --cluster NAME --worker NAME [--rest-port PORT]";
    /** Connect's own default port. */
    static final int DEFAULT_REST_PORT = 8083;

    private WorkerProgram() {
    }

    public static void main(String[] argv) {
        // The herder's INFO lines name the group's leader (leaderUrl='...'): the checks and the demo read them.
        System.setProperty(HERDER_LOG_LEVEL, "info");
        Args args = Args.parse(argv, USAGE, List.of("cluster", "worker", "rest-port"), List.of());
        String cluster = args.required("cluster");
        String worker = args.required("worker");
        int restPort = args.port("rest-port", DEFAULT_REST_PORT);
        WorkerGroupSetup group = Variant.current().instantiate(WorkerGroupSetup.class, WorkerGroup.class);
        Map<String, String> settings = DistributedWorker.settings(group, cluster, worker, restPort);

        System.out.printf("Starting %s of the Connect cluster '%s' (broker %s, pid %d) ...%n",
                worker, cluster, KafkaBootstrap.servers(), ProcessHandle.current().pid());
        DistributedWorker running = DistributedWorker.start(settings);
        System.out.printf("%s: %s %s (pid %d)%n", READY, worker, running.restUrl(), ProcessHandle.current().pid());
        running.awaitStop();
    }
}
