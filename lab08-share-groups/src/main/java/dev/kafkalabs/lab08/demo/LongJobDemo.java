package dev.kafkalabs.lab08.demo;

import dev.kafkalabs.lab08.AcknowledgementLog;
import dev.kafkalabs.lab08.Crew;
import dev.kafkalabs.lab08.Deliveries;
import dev.kafkalabs.lab08.DemoQueue;
import dev.kafkalabs.lab08.NumberedRecords;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.ShareGroupSettings;
import dev.kafkalabs.lab08.Work;
import dev.kafkalabs.lab08.WorkerSetup;
import dev.kafkalabs.lab08.solution.LongJobConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.AcknowledgeType;

/**
 * {@code ./labs run 8.5}: exercise 8.5's {@code LongJobConsumer} twice, in one share group with a short
 * lock. job-0 takes several locks' time; the other jobs are quick. worker-a starts alone and takes job-0;
 * worker-b joins and polls the whole time. Every acknowledgement is printed as it is given: the RENEWs of
 * job-0, then its ACCEPT.
 */
public final class LongJobDemo {

    static final String USAGE = "./labs run 8.5 [--starter] -- [--job-ms N] [--lock-ms 1000..60000] [--jobs N]";

    private LongJobDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("job-ms", "lock-ms", "jobs"), List.of());
        Duration longJob = Duration.ofMillis(args.positive("job-ms", 8000, 0));
        Duration lock = Duration.ofMillis(args.positive("lock-ms", 2000, 1000));
        int jobs = (int) args.positive("jobs", 8, 1);
        Duration shortJob = Duration.ofMillis(200);

        DemoQueue queue = DemoQueue.create("lab08-long-job", jobs, ShareGroupSettings.lockDuration(lock));
        System.out.printf("job-0 takes %d ms (%.1f times the lock), the others %d ms each.%n%n", longJob.toMillis(),
                (double) longJob.toMillis() / lock.toMillis(), shortJob.toMillis());
        long start = System.nanoTime();
        Deliveries deliveries = new Deliveries();
        AcknowledgementLog log = new AcknowledgementLog(entry -> System.out.printf("%6.1f s  %s  job-%d (delivery %d) %s%n",
                seconds(entry.atNanos() - start), entry.worker(), entry.job(), entry.deliveryCount(),
                entry.type().name()));
        AtomicBoolean longJobStarted = new AtomicBoolean();
        Function<String, RecordHandler> handler = worker -> deliveries.recording(worker, record -> {
            long job = NumberedRecords.number(record);
            if (job == 0) {
                longJobStarted.set(true);
                System.out.printf("%6.1f s  %s  job-0 (delivery %d) starts%n", seconds(System.nanoTime() - start),
                        worker, record.deliveryCount().map(Short::intValue).orElse(-1));
            }
            Work.take(job == 0 ? longJob : shortJob);
            if (job == 0) {
                System.out.printf("%6.1f s  %s  job-0 done%n", seconds(System.nanoTime() - start), worker);
            }
        });
        try (Crew crew = new Crew()) {
            crew.start("worker-a", worker(queue, "worker-a", handler.apply("worker-a"), log));
            DemoQueue.awaitDone(longJobStarted::get, crew, Duration.ofSeconds(60));
            System.out.printf("%6.1f s  worker-b joins the group and polls the whole time%n",
                    seconds(System.nanoTime() - start));
            crew.start("worker-b", worker(queue, "worker-b", handler.apply("worker-b"), log));
            DemoQueue.awaitDone(() -> deliveries.distinctProcessed() == jobs, crew, longJob.multipliedBy(2)
                    .plusSeconds(30));
            // A record whose lock expired would come back within a lock's time: watch a little longer.
            deliveries.awaitQuiet(lock.plusSeconds(1), Duration.ofSeconds(30));
        }
        List<AcknowledgementLog.Entry> renewals = log.of(0).stream()
                .filter(entry -> entry.type() == AcknowledgeType.RENEW).toList();
        System.out.printf("%njob-0: delivered %d time(s) %s, renewed %d time(s), processed %d time(s).%n",
                deliveries.of(0).size(), deliveries.of(0).stream().map(Deliveries.Delivery::worker).toList(),
                renewals.size(), deliveries.of(0).stream().filter(Deliveries.Delivery::processed).count());
        System.out.printf("Held by two workers at once: %s%n",
                deliveries.heldTwice().isEmpty() ? "never" : deliveries.heldTwice());
        System.out.print(deliveries.processedLedger().report(jobs).table());
    }

    private static QueueWorker worker(DemoQueue queue, String name, RecordHandler handler, AcknowledgementLog log) {
        return Variant.current().instantiate(QueueWorker.class, LongJobConsumer.class,
                WorkerSetup.of(queue.topic(), queue.group(), name), handler, log);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
