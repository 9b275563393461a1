package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.FileSourceSetup;
import dev.kafkalabs.lab10.StandaloneWorker;
import dev.kafkalabs.lab10.TopicTail;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.StopSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Exercise 10.1's program: starts a standalone worker, creates your file source on it and prints the
 * topic's records as they arrive; append lines to the file and watch them follow. Runs until Ctrl-C.
 */
public final class FileSourceDemo {

    static final String USAGE = "FileSourceDemo [--file FILE] [--topic TOPIC] " + WorkerOptions.USAGE;
    static final List<String> SAMPLE_LINES = List.of(
            "Kafka Connect streams this file into a topic",
            "every line becomes one record",
            "append lines while the worker runs: they follow");

    private FileSourceDemo() {
    }

    public static void main(String[] argv) throws IOException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("file", "topic"), List.of());
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.empty());
        Map<String, String> shipped = ConnectConfig.load(ConnectConfig.FILE_SOURCE);
        Path file = ConnectConfig.resolve(options.directory(), args.value("file", shipped.get("file")));
        String topic = args.value("topic", shipped.get("topic"));

        FileSourceSetup source = ExerciseCode.fileSource();
        Map<String, String> config = source.config(file, topic);
        if (Files.notExists(file)) {
            Files.write(file, SAMPLE_LINES);
            System.out.printf("Created %s with %d lines.%n", file, SAMPLE_LINES.size());
        }
        // One partition keeps the file's lines in order (the file source sends them without a key).
        Topics.ensureExist(new NewTopic(topic, 1, (short) 1));

        System.out.printf("Starting a Connect standalone worker in this JVM (broker %s) ...%n", KafkaBootstrap.servers());
        Map<String, String> workerSettings = options.workerSettings(options.directory());
        TopicTail tail = new TopicTail(topic, System.out);
        StopSignal ctrlC = StopSignal.onCtrlC(tail::stop);
        try (StandaloneWorker worker = StandaloneWorker.start(workerSettings)) {
            source.create(worker.rest(), config);
            System.out.printf("%nWorker REST API : %s%n", worker.restUrl());
            System.out.printf("Connector       : %s%n", config);
            System.out.printf("Offsets file    : %s%n", workerSettings.get(ConnectConfig.OFFSETS_FILE));
            System.out.printf("%nAppend lines in another terminal, e.g.%n  echo \"one more line\" >> %s%n", file);
            System.out.printf("  curl -s %sconnectors/%s/status%n", worker.restUrl(), config.get("name"));
            System.out.printf("%nRecords in '%s' (Ctrl-C to stop):%n", topic);
            tail.run();
        } finally {
            // After the worker has closed (and written its offsets): a Ctrl-C hook may let the JVM exit now.
            ctrlC.done();
        }
    }
}
