package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillRun;
import dev.kafkalabs.lab03.NumberedEvents;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * Lab 3.4 - the two hazards of auto-commit, each with a real crash: the consumer JVM is frozen at a chosen
 * record and killed with SIGKILL (no close(), no last commit), then a replacement takes over the group.
 */
public final class AutoCommitHazards {

    static final String USAGE = "AutoCommitHazards [--events N]";
    private static final int PARTITIONS = 3;

    private AutoCommitHazards() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events"), List.of());
        int events = (int) args.positive("events", 200, 100);
        duplicates(events);
        skippedEvents(events);
    }

    static void duplicates(int events) {
        System.out.println("(a) Auto-commit, processing before the next poll; crash after record #80");
        String topic = Topics.create("lab03-autocommit", PARTITIONS);
        String group = Topics.uniqueName("lab03-autocommit-group");
        Path processed = DrillRun.newProcessedFile("autocommit");
        NumberedEvents.produce(topic, events);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString(), "--work-ms", "25"};

        try (ChildProcess first = DrillRun.start(AutoCommitConsumer.class, CrashPoint.at("record", 80), args)) {
            DrillRun.crashWhenPaused(first);
        }
        System.out.printf("  processed %d records, the group had committed %d offsets%n",
                ProcessedLog.read(processed).size(), total(group));
        try (ChildProcess replacement = DrillRun.start(AutoCommitConsumer.class, null, args)) {
            DrillRun.waitFor("every event processed", replacement,
                    () -> DrillRun.distinctProcessed(processed) == events);
            DrillRun.stop(replacement);
        }
        System.out.println(DrillRun.report(processed, events).table());
    }

    static void skippedEvents(int events) {
        System.out.println("(b) Auto-commit, batches handed to a worker thread; crash with the worker at record #15");
        String topic = Topics.create("lab03-handoff", PARTITIONS);
        String group = Topics.uniqueName("lab03-handoff-group");
        Path processed = DrillRun.newProcessedFile("handoff");
        NumberedEvents.produce(topic, events);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString()};

        try (ChildProcess first = DrillRun.start(HandOffConsumer.class, CrashPoint.at("record", 15), args)) {
            DrillRun.awaitLines(first, "PAUSED at", 1);
            DrillRun.waitFor("auto-commit of every offset", first, () -> Topics.lag(group, topic, PARTITIONS) == 0);
            DrillRun.crashWhenPaused(first);
        }
        System.out.printf("  processed %d records, the group had committed %d offsets%n",
                ProcessedLog.read(processed).size(), total(group));
        try (ChildProcess replacement = DrillRun.start(HandOffConsumer.class, null, args)) {
            DrillRun.awaitLines(replacement, "resuming", PARTITIONS)
                    .forEach(line -> System.out.println("  replacement: " + line));
            DrillRun.stop(replacement);
        }
        System.out.print(DrillRun.report(processed, events).table());
        System.out.printf("  group lag         %6d   (the group looks up to date)%n",
                Topics.lag(group, topic, PARTITIONS));
    }

    private static long total(String group) {
        return Topics.committed(group).values().stream().mapToLong(Long::longValue).sum();
    }
}
