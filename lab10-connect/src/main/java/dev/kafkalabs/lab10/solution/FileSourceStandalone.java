package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.TopicTail;
import dev.kafkalabs.lab10.Topics;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.file.FileStreamSourceConnector;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;

/**
 * Lab 10.1 - a standalone Connect worker runs the file source: the lines of a file, and every line
 * appended to it later, become records of a topic. Prints the records as they arrive; runs until Ctrl-C.
 */
public final class FileSourceStandalone {

    static final String USAGE = "FileSourceStandalone [--file FILE] [--topic TOPIC] " + WorkerOptions.USAGE;
    static final List<String> SAMPLE_LINES = List.of(
            "Kafka Connect streams this file into a topic",
            "every line becomes one record",
            "append lines while the worker runs: they follow");

    private FileSourceStandalone() {
    }

    public static void main(String[] argv) throws IOException, InterruptedException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("file", "topic"), List.of());
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.empty());
        Map<String, String> shipped = ConnectConfig.load(ConnectConfig.FILE_SOURCE);
        Path file = ConnectConfig.resolve(options.directory(),
                args.value("file", shipped.get(FileStreamSourceConnector.FILE_CONFIG)));
        String topic = args.value("topic", shipped.get(FileStreamSourceConnector.TOPIC_CONFIG));

        if (Files.notExists(file)) {
            Files.write(file, SAMPLE_LINES);
            System.out.printf("Created %s with %d lines.%n", file, SAMPLE_LINES.size());
        }
        Topics.ensureExists(topic);

        System.out.printf("Starting a Connect standalone worker in this JVM (broker %s) ...%n", KafkaBootstrap.servers());
        TopicTail tail = new TopicTail(topic, System.out);
        CountDownLatch workerStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnCtrlC(tail, workerStopped), "lab10-shutdown"));
        Map<String, String> workerSettings = options.workerSettings(options.directory());
        try (StandaloneWorker worker = new StandaloneWorker(workerSettings)) {
            Map<String, String> source = FileConnectors.source(file, topic);
            worker.addConnector(source);
            System.out.printf("%nWorker REST API : %s%n", worker.restUrl());
            System.out.printf("Connector       : %s (%s), %s -> topic '%s'%n",
                    source.get(ConnectorConfig.NAME_CONFIG), source.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG), file, topic);
            System.out.printf("Offsets file    : %s%n",
                    workerSettings.get(StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG));
            System.out.printf("%nAppend lines in another terminal, e.g.%n  echo \"one more line\" >> %s%n", file);
            System.out.printf("%nRecords in '%s' (Ctrl-C to stop):%n", topic);
            tail.run();
        } finally {
            workerStopped.countDown();
        }
    }

    private static void stopOnCtrlC(TopicTail tail, CountDownLatch workerStopped) {
        try {
            tail.stop();
            // Wait for main to close the worker: its last file positions reach the offsets file.
            workerStopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
