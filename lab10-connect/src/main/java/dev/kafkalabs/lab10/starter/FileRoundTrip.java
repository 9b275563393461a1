package dev.kafkalabs.lab10.starter;

import dev.kafkalabs.lab10.ConnectConfig;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.Topics;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.connect.file.FileStreamSinkConnector;
import org.apache.kafka.connect.file.FileStreamSourceConnector;

/**
 * Lab 10.2 - one worker runs the file source and the file sink: source file -> topic -> sink file. Writes
 * some lines, appends more, and shows that the sink file ends up equal to the source file.
 */
public final class FileRoundTrip {

    static final String USAGE = "FileRoundTrip [--lines N] " + WorkerOptions.USAGE;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private FileRoundTrip() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("lines"), List.of());
        int lineCount = (int) args.positive("lines", 5, 1);
        // No REST client here: any free port, so that this can run beside another worker.
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.of(0));
        Path run = options.newRunDirectory("round-trip");
        Path sourceFile = ConnectConfig.resolve(run,
                ConnectConfig.load(ConnectConfig.FILE_SOURCE).get(FileStreamSourceConnector.FILE_CONFIG));
        Path sinkFile = ConnectConfig.resolve(run,
                ConnectConfig.load(ConnectConfig.FILE_SINK).get(FileStreamSinkConnector.FILE_CONFIG));
        String topic = "lab10-" + run.getFileName();

        Lines.append(sourceFile, Lines.numbered("first batch, line", 1, lineCount));
        Topics.ensureExists(topic);
        try (StandaloneWorker worker = new StandaloneWorker(options.workerSettings(run))) {
            worker.addConnector(FileConnectors.source(sourceFile, topic));
            worker.addConnector(FileConnectors.sink(sinkFile, topic));
            System.out.printf("Worker running: %s -> topic '%s' -> %s%n", sourceFile, topic, sinkFile);
            awaitSameLines(sourceFile, sinkFile);

            Lines.append(sourceFile, Lines.numbered("appended later, line", 1, lineCount));
            System.out.printf("Appended %d lines to the source file.%n", lineCount);
            awaitSameLines(sourceFile, sinkFile);
        }
        printSideBySide(Lines.read(sourceFile), Lines.read(sinkFile));
    }

    private static void awaitSameLines(Path sourceFile, Path sinkFile) throws InterruptedException {
        List<String> expected = Lines.read(sourceFile);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Lines.read(sinkFile).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(CHECK_EVERY.toMillis());
        }
        System.out.printf("The sink file has %d of the source file's %d lines.%n",
                Lines.read(sinkFile).size(), expected.size());
    }

    private static void printSideBySide(List<String> source, List<String> sink) {
        System.out.printf("%n%-4s | %-32s | %s%n", "#", "source file", "sink file");
        for (int i = 0; i < Math.max(source.size(), sink.size()); i++) {
            System.out.printf("%-4d | %-32s | %s%n", i + 1, i < source.size() ? source.get(i) : "",
                    i < sink.size() ? sink.get(i) : "");
        }
        System.out.printf("%nThe sink file %s the source file.%n", source.equals(sink) ? "equals" : "DIFFERS FROM");
    }
}
