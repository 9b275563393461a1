package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillRun;
import dev.kafkalabs.lab03.NumberedEvents;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * Lab 3.4 - the two hazards of auto-commit, each with a real crash: the consumer JVM is frozen at a chosen
 * record and killed with SIGKILL (no close(), no last commit), then a replacement takes over the group.
 * Both consumers commit with the settings of your {@code AutoCommitConsumer}.
 */
public final class AutoCommitHazards {

    static final String USAGE = "AutoCommitHazards [--events N]";
    private static final int PARTITIONS = 3;

    private AutoCommitHazards() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events"), List.of());
        int events = (int) args.positive("events", 200, 150);
        System.out.println("(a) Auto-commit, processing before the next poll (20 ms a record); crash after record #120");
        CrashDrill.run(Guarantee.AUTO_COMMIT, events, 120, PARTITIONS, 20);
        skippedEvents(events);
    }

    static void skippedEvents(int events) {
        System.out.println("(b) Auto-commit, batches handed to a worker thread; crash with the worker at record #15");
        String topic = Topics.createUnique("lab03-handoff", PARTITIONS);
        String group = Topics.uniqueName("lab03-handoff-group");
        Path processed = DrillRun.newProcessedFile("handoff");
        Path stopFile = DrillRun.newStopFile("handoff");
        NumberedEvents.produce(topic, events);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString(),
            "--stop-file", stopFile.toString()};

        try (ChildProcess first = DrillRun.start(HandOffConsumer.class, CrashPoint.at("record", 15), args)) {
            DrillRun.awaitLines(first, "PAUSED at", 1);
            DrillRun.waitFor("auto-commit of every offset", first, () -> Topics.lag(group, topic) == 0);
            DrillRun.crashWhenPaused(first);
        }
        System.out.printf("  processed %d records; committed offsets at the crash: %s%n",
                ProcessedLog.read(processed).size(), DrillRun.offsets(Topics.committed(group)));
        try (ChildProcess replacement = DrillRun.start(HandOffConsumer.class, null, args)) {
            DrillRun.awaitLines(replacement, "resuming", PARTITIONS)
                    .forEach(line -> System.out.println("  replacement: " + line));
            DrillRun.stop(replacement, stopFile);
        }
        System.out.print(DrillRun.report(processed, events).table());
        System.out.printf("  group lag         %6d   (the group looks up to date)%n", Topics.lag(group, topic));
    }
}
