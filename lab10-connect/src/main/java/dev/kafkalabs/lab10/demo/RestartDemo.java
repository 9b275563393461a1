package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.FileSourceSetup;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.SourceOffsetsControl;
import dev.kafkalabs.lab10.StandaloneWorker;
import dev.kafkalabs.lab10.TopicReader;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.Topics;
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
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Exercise 10.4's program: stop the worker, append lines while it is down, start a new worker with the same
 * offsets file: your file source (10.1) goes on from the position it stored (read with your 10.4 code), so
 * every line reaches the topic once. Then your replay sends the whole file once more, on purpose.
 */
public final class RestartDemo {

    static final String USAGE = "RestartDemo [--lines N] " + WorkerOptions.USAGE;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RestartDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("lines"), List.of());
        int lineCount = (int) args.positive("lines", 3, 1);
        // The REST client finds the port; any free one lets this run beside another worker.
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.of(0));
        Path run = options.newRunDirectory("restart");
        Path file = run.resolve("test.log");
        String topic = "lab10-" + run.getFileName();
        Map<String, String> workerSettings = options.workerSettings(run);

        FileSourceSetup source = ExerciseCode.fileSource();
        SourceOffsetsControl offsets = ExerciseCode.sourceOffsets();
        Map<String, String> config = source.config(file, topic);
        String name = config.get("name");
        Topics.ensureExist(new NewTopic(topic, 1, (short) 1));

        List<String> expected = new ArrayList<>(Lines.numbered("before the restart, line", 1, lineCount));
        Lines.append(file, expected);
        System.out.printf("Run 1: the worker streams %s (%d lines) into '%s'.%n", file, lineCount, topic);
        try (StandaloneWorker worker = StandaloneWorker.start(workerSettings)) {
            source.create(worker.rest(), config);
            System.out.printf("  %d records in the topic.%n", TopicReader.values(topic, lineCount, WAIT).size());
        }
        System.out.println("  Worker stopped cleanly: its source's position is in "
                + workerSettings.get(ConnectConfig.OFFSETS_FILE));

        List<String> whileDown = Lines.numbered("appended while the worker was down, line", 1, lineCount);
        Lines.append(file, whileDown);
        expected.addAll(whileDown);
        System.out.printf("Appended %d lines while no worker ran.%n", lineCount);

        System.out.println("Run 2: a new worker with the same settings (same offsets file), the same connector.");
        try (StandaloneWorker worker = StandaloneWorker.start(workerSettings)) {
            source.create(worker.rest(), config);
            OptionalLong position = offsets.storedPosition(worker.rest(), name);
            System.out.printf("  GET /connectors/%s/offsets: stored position %s (bytes of the file already sent)%n",
                    name, position.isPresent() ? position.getAsLong() : "none");
            printCounts(expected, TopicReader.values(topic, expected.size(), WAIT));

            System.out.printf("%nReplay: stop the connector, reset its offsets, resume it.%n");
            offsets.replayFromStart(worker.rest(), name);
            printCounts(expected, TopicReader.values(topic, 2 * expected.size(), WAIT));
        }
    }

    private static void printCounts(List<String> expected, List<String> inTopic) {
        Map<String, Long> times = inTopic.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.printf("%n%-45s | %s%n", "line of the file", "times in the topic");
        expected.forEach(line -> System.out.printf("%-45s | %d%n", line, times.getOrDefault(line, 0L)));
        long duplicates = inTopic.size() - times.size();
        long missing = expected.stream().filter(line -> !times.containsKey(line)).count();
        System.out.printf("%d records for %d lines: %d duplicated, %d missing.%n",
                inTopic.size(), expected.size(), duplicates, missing);
    }
}
