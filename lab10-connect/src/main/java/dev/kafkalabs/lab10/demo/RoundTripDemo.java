package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.FileSinkSetup;
import dev.kafkalabs.lab10.FileSourceSetup;
import dev.kafkalabs.lab10.Lines;
import dev.kafkalabs.lab10.StandaloneWorker;
import dev.kafkalabs.lab10.WorkerOptions;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Exercise 10.2's program: one worker runs your file source (10.1) and your file sink: source file ->
 * topic -> sink file. Writes lines, appends more, shows both files side by side; then points the sink at
 * another file with the same call and shows where the next lines go.
 */
public final class RoundTripDemo {

    static final String USAGE = "RoundTripDemo [--lines N] " + WorkerOptions.USAGE;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RoundTripDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, WorkerOptions.optionNames("lines"), List.of());
        int lineCount = (int) args.positive("lines", 5, 1);
        // No one types curl here: any free port, so that this can run beside another worker.
        WorkerOptions options = WorkerOptions.from(args, OptionalInt.of(0));
        Path run = options.newRunDirectory("round-trip");
        Path sourceFile = run.resolve("test.log");
        Path sinkFile = run.resolve("test.sink.log");
        Path movedSinkFile = run.resolve("test.sink.2.log");
        String topic = "lab10-" + run.getFileName();

        FileSourceSetup source = ExerciseCode.fileSource();
        FileSinkSetup sink = ExerciseCode.fileSink();
        Map<String, String> sourceConfig = source.config(sourceFile, topic);
        Map<String, String> sinkConfig = sink.config(sinkFile, topic);
        Lines.append(sourceFile, Lines.numbered("first batch, line", 1, lineCount));
        Topics.ensureExist(new NewTopic(topic, 1, (short) 1));
        try (StandaloneWorker worker = StandaloneWorker.start(options.workerSettings(run))) {
            ConnectRest rest = worker.rest();
            source.create(rest, sourceConfig);
            sink.createOrUpdate(rest, sinkConfig);
            System.out.printf("Worker running: %s -> topic '%s' -> %s%n", sourceFile, topic, sinkFile);
            awaitLines(sinkFile, Lines.read(sourceFile));

            Lines.append(sourceFile, Lines.numbered("appended later, line", 1, lineCount));
            System.out.printf("Appended %d lines to the source file.%n", lineCount);
            awaitLines(sinkFile, Lines.read(sourceFile));
            printSideBySide(Lines.read(sourceFile), Lines.read(sinkFile));

            Map<String, String> moved = sink.config(movedSinkFile, topic);
            sink.createOrUpdate(rest, moved);
            System.out.printf("%nSame call, new configuration: the sink now writes to %s%n", movedSinkFile);
            List<String> third = Lines.numbered("after the update, line", 1, lineCount);
            Lines.append(sourceFile, third);
            awaitLines(movedSinkFile, third);
            System.out.printf("%s holds %s%n(the sink's consumer group, connect-%s, went on from its committed offset).%n",
                    movedSinkFile.getFileName(), Lines.read(movedSinkFile), moved.get("name"));
        }
    }

    private static void awaitLines(Path file, List<String> expected) {
        Waiting.until(WAIT, () -> Lines.read(file).equals(expected));
        System.out.printf("%s has %d of the %d lines expected.%n", file.getFileName(), Lines.read(file).size(),
                expected.size());
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
