package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.Topics;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.connect.file.FileStreamSourceConnector;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;

/**
 * Lab 10.4 - stop the worker, append lines while it is down, start it again with the same offsets file:
 * the source goes on from the position it stored, so every line reaches the topic exactly once.
 */
public final class RestartWithoutDuplicates {

    static final String USAGE = "RestartWithoutDuplicates [--lines N] " + WorkerOptions.USAGE;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RestartWithoutDuplicates() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("lines"), List.of());
        int lineCount = (int) args.positive("lines", 3, 1);
        // The REST client finds the port; any free one lets this run beside another worker.
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.of(0));
        Path run = options.newRunDirectory("restart");
        Path file = ConnectConfig.resolve(run,
                ConnectConfig.load(ConnectConfig.FILE_SOURCE).get(FileStreamSourceConnector.FILE_CONFIG));
        String topic = "lab10-" + run.getFileName();
        Map<String, String> workerSettings = options.workerSettings(run);
        Map<String, String> source = FileConnectors.source(file, topic);
        Topics.ensureExists(topic);

        List<String> before = Lines.numbered("before the restart, line", 1, lineCount);
        Lines.append(file, before);
        System.out.printf("Run 1: the worker streams %s (%d lines) into '%s'.%n", file, lineCount, topic);
        try (StandaloneWorker worker = new StandaloneWorker(workerSettings)) {
            worker.addConnector(source);
            System.out.printf("  %d records in the topic.%n", Topics.values(topic, lineCount, WAIT).size());
        }
        System.out.println("  Worker stopped: its source's position is in "
                + workerSettings.get(StandaloneConfig.OFFSET_STORAGE_FILE_FILENAME_CONFIG));

        List<String> whileDown = Lines.numbered("appended while the worker was down, line", 1, lineCount);
        Lines.append(file, whileDown);
        System.out.printf("Appended %d lines while no worker ran.%n", lineCount);

        List<String> expected = new ArrayList<>(before);
        expected.addAll(whileDown);
        System.out.println("Run 2: a new worker with the same settings and the same offsets file.");
        try (StandaloneWorker worker = new StandaloneWorker(workerSettings)) {
            worker.addConnector(source);
            OptionalLong position = new ConnectRestClient(worker.restUrl())
                    .storedPosition(source.get(ConnectorConfig.NAME_CONFIG));
            System.out.printf("  GET /connectors/%s/offsets: stored position %s (bytes of the file already sent)%n",
                    source.get(ConnectorConfig.NAME_CONFIG), position.isPresent() ? position.getAsLong() : "none");
            printCounts(expected, Topics.values(topic, expected.size(), WAIT));
        }
    }

    private static void printCounts(List<String> expected, List<String> inTopic) {
        Map<String, Long> times = inTopic.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.printf("%n%-45s | %s%n", "line of the file", "times in the topic");
        expected.forEach(line -> System.out.printf("%-45s | %d%n", line, times.getOrDefault(line, 0L)));
        long duplicates = inTopic.size() - times.size();
        long missing = expected.stream().filter(line -> !times.containsKey(line)).count();
        System.out.printf("%n%d records for %d lines: %d duplicated, %d missing.%n",
                inTopic.size(), expected.size(), duplicates, missing);
    }
}
