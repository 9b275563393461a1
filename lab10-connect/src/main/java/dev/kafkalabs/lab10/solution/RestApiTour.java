package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.ConnectorStatus;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.RestJson;
import dev.kafkalabs.lab10.Topics;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.connect.file.FileStreamSourceConnector;
import org.apache.kafka.connect.runtime.ConnectorConfig;

/**
 * Lab 10.3 - a tour of the worker's REST API: the worker, its connectors, a connector's status and tasks,
 * then pause and resume. With {@code --stay} the worker keeps running afterwards for curl, until Ctrl-C.
 */
public final class RestApiTour {

    static final String USAGE = "RestApiTour [--stay] " + WorkerOptions.USAGE;
    private static final Duration STATE_WAIT = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private RestApiTour() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames(), List.of("stay"));
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.empty());
        Path run = options.newRunDirectory("rest-api");
        Map<String, String> shipped = ConnectConfig.load(ConnectConfig.FILE_SOURCE);
        Path file = ConnectConfig.resolve(run, shipped.get(FileStreamSourceConnector.FILE_CONFIG));
        String topic = "lab10-" + run.getFileName();
        Lines.append(file, FileSourceStandalone.SAMPLE_LINES);
        Topics.ensureExists(topic);

        try (StandaloneWorker worker = new StandaloneWorker(options.workerSettings(run))) {
            Map<String, String> source = FileConnectors.source(file, topic);
            String name = source.get(ConnectorConfig.NAME_CONFIG);
            worker.addConnector(source);
            ConnectRestClient rest = new ConnectRestClient(worker.restUrl());
            System.out.printf("Connector '%s' streams %s -> topic '%s'.%n", name, file, topic);
            System.out.printf("The worker's REST API listens on %s%n", worker.restUrl());

            show("GET /   (the worker: version, commit, Kafka cluster id)", RestJson.pretty(rest.get("/")));
            show("GET /connectors", rest.connectors().toString());
            printStatus(awaitState(rest, name, "RUNNING"));
            show("GET /connectors/" + name + "/tasks   (each task's configuration)",
                    RestJson.pretty(rest.get("/connectors/" + name + "/tasks")));

            System.out.printf("%nPUT /connectors/%s/pause%n", name);
            rest.pause(name);
            printStatus(awaitState(rest, name, "PAUSED"));

            System.out.printf("%nPUT /connectors/%s/resume%n", name);
            rest.resume(name);
            printStatus(awaitState(rest, name, "RUNNING"));

            if (args.flag("stay")) {
                System.out.printf("%nThe worker keeps running. Try: curl %sconnectors/%s/status%nCtrl-C to stop.%n",
                        worker.restUrl(), name);
                // Connect's own shutdown hook stops the worker on Ctrl-C; this returns then.
                worker.runtime().awaitStop();
            }
        }
    }

    private static ConnectorStatus awaitState(ConnectRestClient rest, String name, String state)
            throws InterruptedException {
        long deadline = System.nanoTime() + STATE_WAIT.toNanos();
        ConnectorStatus status = rest.status(name);
        while (!isSettledIn(status, state) && System.nanoTime() < deadline) {
            Thread.sleep(CHECK_EVERY.toMillis());
            status = rest.status(name);
        }
        return status;
    }

    private static boolean isSettledIn(ConnectorStatus status, String state) {
        return status.state().equals(state) && status.taskStates().stream().allMatch(state::equals);
    }

    private static void printStatus(ConnectorStatus status) {
        System.out.printf("GET /connectors/%s/status%n", status.name());
        System.out.printf("  %-18s | %-6s | %-8s | %s%n", "connector", "type", "state", "task states");
        System.out.printf("  %-18s | %-6s | %-8s | %s%n", status.name(), status.type(), status.state(),
                status.taskStates());
    }

    private static void show(String request, String answer) {
        System.out.printf("%n%s%n%s%n", request, answer.indent(2).stripTrailing());
    }
}
