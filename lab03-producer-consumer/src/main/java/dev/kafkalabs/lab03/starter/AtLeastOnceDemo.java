package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillRun;
import dev.kafkalabs.lab03.NumberedEvents;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * Lab 3.5 - at-least-once, for each way of committing: the consumer is frozen in the middle of the stream
 * and killed with SIGKILL, a replacement finishes the job; nothing is missing, some records may be
 * processed twice.
 */
public final class AtLeastOnceDemo {

    static final String USAGE = "AtLeastOnceDemo [--events N] [--crash-at N]";
    private static final int PARTITIONS = 3;

    private AtLeastOnceDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events", "crash-at"), List.of());
        int events = (int) args.positive("events", 200, 20);
        int crashAt = (int) args.positive("crash-at", 77, 1);
        if (crashAt >= events) {
            throw new UsageException("--crash-at must be below --events.\nUsage: " + USAGE);
        }
        for (String style : List.of("batch", "async", "every")) {
            crashAndRestart(style, events, crashAt);
        }
    }

    static void crashAndRestart(String style, int events, int crashAt) {
        System.out.printf("--commit %s: crash after record #%d%n", style, crashAt);
        String topic = Topics.create("lab03-at-least-once", PARTITIONS);
        String group = Topics.uniqueName("lab03-at-least-once-group");
        Path processed = DrillRun.newProcessedFile("at-least-once");
        NumberedEvents.produce(topic, events);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString(), "--commit", style,
            "--every", "10"};

        try (ChildProcess first = DrillRun.start(AtLeastOnceConsumer.class, CrashPoint.at("record", crashAt), args)) {
            DrillRun.crashWhenPaused(first);
        }
        System.out.printf("  processed %d records; committed offsets: %s%n", ProcessedLog.read(processed).size(),
                DrillRun.offsets(Topics.committed(group)));
        try (ChildProcess replacement = DrillRun.start(AtLeastOnceConsumer.class, null, args)) {
            DrillRun.waitFor("every event processed", replacement,
                    () -> DrillRun.distinctProcessed(processed) == events);
            DrillRun.stop(replacement);
        }
        System.out.print(DrillRun.report(processed, events).table());
        System.out.printf("  committed offsets now: %s (end offsets: %s)%n%n",
                DrillRun.offsets(Topics.committed(group)), DrillRun.offsets(Topics.endOffsets(topic, PARTITIONS)));
    }
}
