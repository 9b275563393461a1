package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.Crew;
import dev.kafkalabs.lab08.Deliveries;
import dev.kafkalabs.lab08.DemoQueue;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.ShareGroupSettings;
import dev.kafkalabs.lab08.Work;
import dev.kafkalabs.lab08.solution.QueueConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.delivery.DeliveryReport;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./labs run 8.1}: several share consumers (exercise 8.1's {@code QueueConsumer}) on a topic with
 * one partition. Every one of them gets jobs, and every job is processed once.
 */
public final class QueueDemo {

    static final String USAGE = "./labs run 8.1 [--starter] -- [--consumers N] [--jobs N] [--work-ms N]";

    private QueueDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("consumers", "jobs", "work-ms"), List.of());
        int consumers = (int) args.positive("consumers", 3, 1);
        int jobs = (int) args.positive("jobs", 30, 1);
        Duration work = Duration.ofMillis(args.positive("work-ms", 100, 0));

        DemoQueue queue = DemoQueue.create("lab08-queue", jobs, ShareGroupSettings.none());
        System.out.printf("%d consumers in the group, each taking at most 2 jobs at a time, %d ms per job.%n%n",
                consumers, work.toMillis());
        Deliveries deliveries = new Deliveries();
        try (Crew crew = new Crew()) {
            for (int i = 1; i <= consumers; i++) {
                String name = "consumer-" + i;
                RecordHandler handler = record -> {
                    Work.take(work);
                    System.out.printf("  %-11s %s%n", name, record.value());
                };
                crew.start(name, Variant.current().instantiate(QueueWorker.class, QueueConsumer.class,
                        queue.worker(name, 2), deliveries.recording(name, handler)));
            }
            DemoQueue.awaitDone(() -> deliveries.distinctProcessed() == jobs, crew, Duration.ofSeconds(60));
        }
        DeliveryReport report = deliveries.processedLedger().report(jobs);
        System.out.printf("%nJobs per consumer, all from the topic's one partition: %s%n", deliveries.perWorker());
        System.out.print(report.table());
        System.out.printf("Held by two consumers at once: %s%n", deliveries.heldTwice().isEmpty()
                ? "never" : deliveries.heldTwice());
        System.out.println("In a consumer group the one partition would go to one member; the others would sit idle"
                + " (exercise 3.3).");
    }
}
