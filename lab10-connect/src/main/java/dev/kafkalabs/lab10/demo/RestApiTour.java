package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.ConnectorLifecycle;
import dev.kafkalabs.lab10.ConnectorStatus;
import dev.kafkalabs.lab10.FileSourceSetup;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.StandaloneWorker;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.StopSignal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Exercise 10.3's program: a tour of the worker's REST API around your file source (10.1) - the worker,
 * its connectors, the status and tasks, then your pause, resume and restart, each followed by your wait for
 * the state it asked for. With {@code --stay} the worker keeps running for curl, until Ctrl-C.
 */
public final class RestApiTour {

    static final String USAGE = "RestApiTour [--stay] " + WorkerOptions.USAGE;
    private static final Duration STATE_WAIT = Duration.ofSeconds(30);

    private RestApiTour() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames(), List.of("stay"));
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.empty());
        Path run = options.newRunDirectory("rest-api");
        Path file = run.resolve("test.log");
        String topic = "lab10-" + run.getFileName();

        FileSourceSetup source = ExerciseCode.fileSource();
        ConnectorLifecycle control = ExerciseCode.connectorControl();
        Map<String, String> config = source.config(file, topic);
        String name = config.get("name");
        Lines.append(file, FileSourceDemo.SAMPLE_LINES);
        Topics.ensureExist(new NewTopic(topic, 1, (short) 1));

        // Nothing to interrupt on Ctrl-C: --stay only waits for it; closing the worker is the clean stop.
        StopSignal ctrlC = StopSignal.onCtrlC();
        try (StandaloneWorker worker = StandaloneWorker.start(options.workerSettings(run))) {
            ConnectRest rest = worker.rest();
            source.create(rest, config);
            System.out.printf("Connector '%s' streams %s -> topic '%s'.%n", name, file, topic);
            System.out.printf("The worker's REST API listens on %s%n", worker.restUrl());

            show("GET /   (the worker: version, commit, Kafka cluster id)", ConnectRest.pretty(rest.get("/")));
            show("GET /connectors", rest.get("/connectors").toString());
            System.out.printf("%nstatus, read at once:%n");
            print(control.status(rest, name));
            System.out.printf("%nstatus once it is RUNNING:%n");
            print(control.awaitState(rest, name, "RUNNING", STATE_WAIT));
            show("GET /connectors/" + name + "/tasks   (each task's configuration)",
                    ConnectRest.pretty(rest.get("/connectors/" + name + "/tasks")));

            System.out.printf("%npause:%n");
            control.pause(rest, name);
            print(control.awaitState(rest, name, "PAUSED", STATE_WAIT));
            System.out.printf("%nresume:%n");
            control.resume(rest, name);
            print(control.awaitState(rest, name, "RUNNING", STATE_WAIT));
            System.out.printf("%nrestart (connector and tasks):%n");
            control.restart(rest, name);
            print(control.awaitState(rest, name, "RUNNING", STATE_WAIT));

            if (args.flag("stay")) {
                System.out.printf("%nThe worker keeps running. Try: curl %sconnectors/%s/status%nCtrl-C to stop.%n",
                        worker.restUrl(), name);
                ctrlC.await();
            }
        } finally {
            // After the worker has closed (and written its offsets): a Ctrl-C hook may let the JVM exit now.
            ctrlC.done();
        }
    }

    private static void print(ConnectorStatus status) {
        System.out.printf("  %-18s | %-6s | %-10s | %s%n", "connector", "type", "state", "task states");
        System.out.printf("  %-18s | %-6s | %-10s | %s%n", status.name(), status.type(), status.state(),
                status.taskStates());
    }

    private static void show(String request, String answer) {
        System.out.printf("%n%s%n%s%n", request, answer.indent(2).stripTrailing());
    }
}
