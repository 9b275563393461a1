package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillRun;
import dev.kafkalabs.lab03.NumberedEvents;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * One crash drill of a delivery consumer (3.4 (a), 3.5, 3.7): numbered events in a fresh topic, the consumer
 * in its own JVM frozen after record {@code crashAt} and killed with SIGKILL, a replacement that finishes the
 * job, then the counts.
 */
final class CrashDrill {

    private CrashDrill() {
    }

    /**
     * The command line of a one-guarantee demo (3.5, 3.7): {@code [--events N] [--crash-at N]}, then the
     * drill on three partitions with 10 ms of work per record.
     */
    static void runDemo(String program, String[] argv, Guarantee guarantee, String headline) {
        String usage = program + " [--events N] [--crash-at N]";
        Args args = Args.parse(argv, usage, List.of("events", "crash-at"), List.of());
        int events = (int) args.positive("events", 200, 20);
        int crashAt = (int) args.positive("crash-at", 77, 1);
        if (crashAt >= events) {
            throw new UsageException("--crash-at must be below --events.\nUsage: " + usage);
        }
        System.out.printf("%s; crash after record #%d%n", headline, crashAt);
        run(guarantee, events, crashAt, 3, 10);
    }

    static void run(Guarantee guarantee, int events, int crashAt, int partitions, int workMs) {
        String topic = Topics.createUnique("lab03-" + guarantee.option(), partitions);
        String group = Topics.uniqueName("lab03-" + guarantee.option() + "-group");
        Path processed = DrillRun.newProcessedFile(guarantee.option());
        Path stopFile = DrillRun.newStopFile(guarantee.option());
        NumberedEvents.produce(topic, events);
        String[] args = {"--guarantee", guarantee.option(), "--topic", topic, "--group", group,
            "--processed", processed.toString(), "--stop-file", stopFile.toString(), "--work-ms", String.valueOf(workMs)};

        try (ChildProcess first = DrillRun.start(DeliveryConsumerMain.class, CrashPoint.at("record", crashAt), args)) {
            DrillRun.crashWhenPaused(first);
        }
        System.out.printf("  processed %d records; committed offsets at the crash: %s%n",
                ProcessedLog.read(processed).size(), DrillRun.offsets(Topics.committed(group)));
        try (ChildProcess replacement = DrillRun.start(DeliveryConsumerMain.class, null, args)) {
            DrillRun.awaitLines(replacement, "resuming", partitions)
                    .forEach(line -> System.out.println("  replacement: " + line));
            // At-most-once never gets every event: there, the end of the topic committed is the end of the job.
            DrillRun.waitFor("every event processed, or the end of the topic committed", replacement,
                    () -> DrillRun.distinctProcessed(processed) == events || Topics.lag(group, topic) == 0);
            DrillRun.stop(replacement, stopFile);
        }
        System.out.print(DrillRun.report(processed, events).table());
        System.out.printf("  committed offsets now: %s (end offsets: %s)%n%n",
                DrillRun.offsets(Topics.committed(group)), DrillRun.offsets(Topics.endOffsets(topic)));
    }
}
