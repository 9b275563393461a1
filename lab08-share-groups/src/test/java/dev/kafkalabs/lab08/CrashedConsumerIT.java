package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercise 8.4: your consumer, in a JVM of its own, stops answering while it holds a batch of jobs - once
 * because it crashes (SIGKILL), once because it hangs (SIGSTOP: frozen, its connection still open). A
 * survivor running your consumer must get every held job back and do it, and no job may be lost. The two
 * ways of stopping give the jobs back at different times, and the checks assert both.
 */
@ExerciseCheck("8.4")
class CrashedConsumerIT {

    private static final int JOBS = 30;
    private static final int BATCH = 5;
    /**
     * Long enough to tell a crash from a hang on a loaded machine: a crash gives the jobs back within about
     * a second (the broker sees the connection close), a hang only when this lock expires.
     */
    private static final Duration LOCK = Duration.ofSeconds(16);
    /** A crash's jobs must be back within a quarter of the lock (measured quiet: about 1 s). */
    private static final Duration CRASH_BOUND = LOCK.dividedBy(4);
    /** A hang's jobs must not be back before 90 % of the lock, counted from when the frozen consumer got them. */
    private static final Duration HANG_FLOOR = LOCK.multipliedBy(9).dividedBy(10);

    @Test
    void theJobsACrashedConsumerHeldComeBackAtOnceAndNoneIsLost(TestKafka kafka, @TempDir Path dir) {
        Queue queue = Queue.create(kafka, "lab08-crash");
        Path processedByDoomed = dir.resolve("doomed.txt");
        Deliveries survivor = new Deliveries();
        try (ChildProcess doomed = queue.doomedConsumer(processedByDoomed).start();
             Crew crew = new Crew()) {
            long held = awaitStuck(doomed).job();
            queue.startSurvivor(crew, survivor);
            // Only once the survivor is served: from then on, how soon the held job comes back is the broker's doing.
            FirstDelivery.awaitAny(crew, survivor, " (the survivor, a second consumer of the same share group)",
                    failure -> failure);
            doomed.kill();
            long killedAt = System.nanoTime();

            // A job that does come back comes back by the time the lock expires at the latest.
            awaitHeldJobDone(crew, survivor, held, processedByDoomed, LOCK.plusSeconds(4));
            long backAfterMs = (survivor.of(held).get(0).atNanos() - killedAt) / 1_000_000;
            DeliveryReport report = report(processedByDoomed, survivor);
            System.out.printf("8.4 crash: killed holding job-%d; it came back to the survivor %d ms after the kill "
                            + "(lock %d ms); doomed processed %s; %s%n", held, backAfterMs, LOCK.toMillis(),
                    CrashDrill.processed(processedByDoomed), report);
            assertThat(backAfterMs).as("ms from the kill (SIGKILL) until job-%d, held by the killed consumer, was "
                    + "done by the survivor. A crashed process's connections close with it, and the broker gives "
                    + "back at once what the departed consumer held: it must not take anything like the lock "
                    + "(%d ms)", held, LOCK.toMillis()).isLessThanOrEqualTo(CRASH_BOUND.toMillis());
            assertNothingLost(survivor, held, report);
        }
    }

    @Test
    void theJobsAHungConsumerHeldComeBackOnlyWhenTheirLockExpires(TestKafka kafka, @TempDir Path dir) {
        assumeThat(ChildProcess.canPause()).as("freezing a process needs SIGSTOP (Linux, macOS)").isTrue();
        Queue queue = Queue.create(kafka, "lab08-hang");
        Path processedByDoomed = dir.resolve("doomed.txt");
        Deliveries survivor = new Deliveries();
        try (ChildProcess doomed = queue.doomedConsumer(processedByDoomed).start();
             Crew crew = new Crew()) {
            CrashDrill.Frozen stuck = awaitStuck(doomed);
            doomed.pause();
            long held = stuck.job();
            queue.startSurvivor(crew, survivor);

            awaitHeldJobDone(crew, survivor, held, processedByDoomed, LOCK.plusSeconds(8));
            long backAfterMs = stuck.millisSinceBatchStarted(survivor.of(held).get(0).atNanos());
            DeliveryReport report = report(processedByDoomed, survivor);
            System.out.printf("8.4 hang: froze (SIGSTOP) holding job-%d; it came back to the survivor %d ms after its "
                            + "batch was handed out (lock %d ms); doomed processed %s; %s%n", held, backAfterMs,
                    LOCK.toMillis(), CrashDrill.processed(processedByDoomed), report);
            assertThat(backAfterMs).as("ms from the moment the frozen consumer (SIGSTOP) got its batch until job-%d, "
                    + "held by it, was done by the survivor. A frozen process keeps its connections open, so the "
                    + "broker cannot tell it from a slow one: only the acquisition lock (%d ms) frees its jobs", held,
                    LOCK.toMillis()).isGreaterThanOrEqualTo(HANG_FLOOR.toMillis());
            assertNothingLost(survivor, held, report);
        }
    }

    /** A fresh one-partition topic full of jobs, and a share group with {@link #LOCK} as its lock. */
    private record Queue(String topic, String group) {

        static Queue create(TestKafka kafka, String prefix) {
            String topic = kafka.createTopic(prefix, 1);
            String group = kafka.uniqueName(prefix + "-group");
            Variant.current().instantiate(GroupConfigurer.class, GroupSetup.class)
                    .configure(kafka.admin(), group, ShareGroupSettings.lockDuration(LOCK));
            NumberedRecords.produce(topic, JOBS);
            return new Queue(topic, group);
        }

        /** Your consumer in its own JVM, noting each job it does in {@code processed}; it freezes on its 3rd job. */
        ChildJvm doomedConsumer(Path processed) {
            return ChildJvm.of(CrashDrill.class).args("--topic", topic, "--group", group, "--processed",
                    processed.toString(), "--freeze-at", "3", "--batch", String.valueOf(BATCH));
        }

        void startSurvivor(Crew crew, Deliveries survivor) {
            crew.start("survivor", Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class,
                    SmallBatches.of(WorkerSetup.of(topic, group, "survivor"), BATCH),
                    survivor.recording("survivor", record -> Work.take(Duration.ofMillis(10)))));
        }
    }

    /** Waits until the doomed consumer holds its batch and is stuck in its 3rd job. */
    private static CrashDrill.Frozen awaitStuck(ChildProcess doomed) {
        return CrashDrill.Frozen.parse(doomed.awaitOutput(CrashDrill.FROZEN, Duration.ofSeconds(60)));
    }

    private static void awaitHeldJobDone(Crew crew, Deliveries survivor, long held, Path processedByDoomed,
            Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            crew.throwIfFailed();
            assertThat(survivor.of(held)).as("job-%d, held by the consumer that stopped, was never processed after it "
                    + "stopped. Either it had been acknowledged before it was processed (the broker counted it "
                    + "done, and the crash lost it), or it came back with a delivery count above 1 and was "
                    + "skipped as a duplicate (a redelivery means the earlier attempt did not finish)", held)
                    .anyMatch(Deliveries.Delivery::processed);
            assertThat(report(processedByDoomed, survivor).missing()).as("jobs never processed").isZero();
        });
    }

    private static void assertNothingLost(Deliveries survivor, long held, DeliveryReport report) {
        assertThat(survivor.of(held).get(0).deliveryCount()).as("delivery count of job-%d when it came back", held)
                .isGreaterThan(1);
        assertThat(report.missing()).as("jobs lost (%s)", report).isZero();
        assertThat(report.duplicates()).as("jobs done twice: at most what the stopped consumer had done but not "
                + "yet acknowledged (%s)", report).isLessThanOrEqualTo(BATCH);
    }

    private static DeliveryReport report(Path processedByDoomed, Deliveries survivor) {
        DeliveryLedger ledger = survivor.processedLedger();
        List<Long> doomed = CrashDrill.processed(processedByDoomed);
        ledger.recordAll(doomed);
        return ledger.report(JOBS);
    }
}
