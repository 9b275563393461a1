package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.demo.CrashDrill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercise 8.4: your consumer runs in two JVMs of its own, and both stop answering while they hold a batch
 * of jobs - one because it crashes (SIGKILL), the other because it hangs (SIGSTOP: frozen, its connection
 * still open). A survivor running your consumer must get every held job back and do it, and no job may be
 * lost. The two ways of stopping give the jobs back at different times, and the check asserts both. A second
 * scenario has the work of a job throw: the job must not be lost either.
 */
@ExerciseCheck("8.4")
// The throwing job first: the wrong answers it rejects (an ACCEPT in finally, in a catch, before the work) pass
// the crash scenario, which is the longer one, and need not run it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashedConsumerIT {

    private static final int JOBS = 40;
    private static final int BATCH = 5;
    /**
     * Long enough to tell a crash from a hang on a loaded machine: a crash gives the jobs back within about
     * a second (the broker sees the connection close), a hang only when this lock expires.
     */
    private static final Duration LOCK = Duration.ofSeconds(16);
    /** A crash's jobs must be back within a quarter of the lock (measured: 36-152 ms once the survivor is served). */
    private static final Duration CRASH_BOUND = LOCK.dividedBy(4);
    /** A hang's jobs must not be back before 90 % of the lock, counted from when the frozen consumer got them. */
    private static final Duration HANG_FLOOR = LOCK.multipliedBy(9).dividedBy(10);

    @Test
    @Order(2)
    void aCrashedConsumersJobsComeBackAtOnceAHungOnesWhenTheirLockExpiresAndNoneIsLost(TestKafka kafka,
            @TempDir Path dir) {
        assumeThat(ChildProcess.canPause()).as("freezing a process needs SIGSTOP (Linux, macOS)").isTrue();
        Queue queue = Queue.create(kafka, "lab08-crash", JOBS);
        Path doneByCrashed = dir.resolve("crashed.txt");
        Path doneByHung = dir.resolve("hung.txt");
        Deliveries survivor = new Deliveries();
        try (ChildProcess crashed = queue.doomedConsumer("crashed", doneByCrashed).start();
             ChildProcess hung = queue.doomedConsumer("hung", doneByHung).start();
             Crew crew = new Crew()) {
            CrashDrill.Frozen hungStuck = awaitStuck(hung);
            hung.pause();
            long crashedJob = awaitStuck(crashed).job();
            queue.startSurvivor(crew, survivor);
            // Only once the survivor is served: from then on, how soon a held job comes back is the broker's doing.
            FirstDelivery.awaitAny(crew, survivor, " (the survivor, a third consumer of the same share group)",
                    failure -> failure);
            crashed.kill();
            long killedAt = System.nanoTime();

            // A held job that comes back at all comes back by the time its lock expires.
            awaitHeldJobsDone(crew, survivor, List.of(crashedJob, hungStuck.job()), doneByCrashed, doneByHung,
                    LOCK.plusSeconds(8));
            long crashedBackMs = (survivor.of(crashedJob).get(0).atNanos() - killedAt) / 1_000_000;
            long hungBackMs = hungStuck.millisSinceBatchStarted(survivor.of(hungStuck.job()).get(0).atNanos());
            DeliveryReport report = report(survivor, doneByCrashed, doneByHung);
            System.out.printf("8.4: job-%d (crashed, SIGKILL) came back %d ms after the kill; job-%d (hung, SIGSTOP) "
                            + "%d ms after its batch was handed out; lock %d ms; done by crashed %s, by hung %s; %s%n",
                    crashedJob, crashedBackMs, hungStuck.job(), hungBackMs, LOCK.toMillis(),
                    CrashDrill.processed(doneByCrashed), CrashDrill.processed(doneByHung), report);

            assertThat(crashedBackMs).as("ms from the kill (SIGKILL) until job-%d, held by the killed consumer, was "
                    + "done by the survivor. A crashed process's connections close with it, and the broker gives "
                    + "back at once what the departed consumer held: it must not take anything like the lock "
                    + "(%d ms)", crashedJob, LOCK.toMillis()).isLessThanOrEqualTo(CRASH_BOUND.toMillis());
            assertThat(hungBackMs).as("ms from the moment the frozen consumer (SIGSTOP) got its batch until job-%d, "
                    + "held by it, was done by the survivor. A frozen process keeps its connections open, so the "
                    + "broker cannot tell it from a slow one: only the acquisition lock (%d ms) frees its jobs",
                    hungStuck.job(), LOCK.toMillis()).isGreaterThanOrEqualTo(HANG_FLOOR.toMillis());
            for (long held : List.of(crashedJob, hungStuck.job())) {
                assertThat(survivor.of(held).get(0).deliveryCount()).as("delivery count of job-%d when it came back",
                        held).isGreaterThan(1);
            }
            assertThat(report.missing()).as("jobs lost (%s)", report).isZero();
            assertThat(report.duplicates()).as("jobs done twice: at most what the two stopped consumers had done but "
                    + "not yet acknowledged, one batch each (%s). More were done again after they were done: RELEASE "
                    + "gives a record back for another delivery; a job that is done is ACCEPTed", report)
                    .isLessThanOrEqualTo(2 * BATCH);
        }
    }

    @Test
    @Order(1)
    void aJobWhoseWorkThrowsIsNotLost(TestKafka kafka) {
        int jobs = 10;
        long failingJob = 2;
        Queue queue = Queue.create(kafka, "lab08-throw", jobs);
        Deliveries deliveries = new Deliveries();
        try (Crew failing = new Crew(); Crew survivors = new Crew()) {
            // Alone in the group, the first worker gets job-0 .. job-4; the work of job-2 throws, once.
            queue.startWorker(failing, "failing", deliveries.recording("failing", record -> {
                if (NumberedRecords.number(record) == failingJob && record.deliveryCount().orElse((short) 1) == 1) {
                    throw new ProcessingFailedException("the work of job-" + failingJob + " threw (a bug, a dead "
                            + "service)");
                }
            }));
            await().atMost(FirstDelivery.PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                throwUnlessTheJobsOwnFailure(failing);
                assertThat(deliveries.of(failingJob)).as("job-%d handed to the first worker and its work tried within "
                        + "%d s", failingJob, FirstDelivery.PATIENCE.toSeconds()).isNotEmpty();
            });
            queue.startSurvivor(survivors, deliveries);

            String lost = "job-" + failingJob + ", whose work threw, was never done. It had been acknowledged "
                    + "although its work failed: ACCEPTed (in a finally block, in a catch, or before the work - and a "
                    + "consumer that closes after an exception still sends the acknowledgements it was given), or "
                    + "REJECTed (archived for good: neither a failure of its work nor a delivery count above 1 makes "
                    + "a record poison); or it is still held: RENEW only extends a record's lock, for work that goes "
                    + "on, and a record to try again is RELEASEd. Acknowledge a record only once its work is done";
            // A job given back comes back at once; only a new member's first fetch may take a while.
            await().atMost(FirstDelivery.PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                survivors.throwIfFailed();
                assertThat(deliveries.of(failingJob).stream().anyMatch(Deliveries.Delivery::processed)
                        || deliveries.all().stream().anyMatch(delivery -> delivery.worker().equals("survivor")))
                        .as("%s (the survivor, a second consumer of the group, got nothing in %d s either)", lost,
                                FirstDelivery.PATIENCE.toSeconds()).isTrue();
            });
            await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                survivors.throwIfFailed();
                assertThat(deliveries.of(failingJob)).as(lost).anyMatch(Deliveries.Delivery::processed);
                assertThat(deliveries.processedLedger().report(jobs).missing()).as("jobs never done (%s)",
                        deliveries.processedLedger().report(jobs)).isZero();
            });
            System.out.printf("8.4 a throwing job: %s; the first worker's loop %s%n",
                    deliveries.processedLedger().report(jobs), failing.failures().isEmpty() ? "went on"
                            : "ended with " + failing.failures().values().iterator().next());
            assertEveryJobAccepted(kafka, queue.jobs().group(), jobs);
        }
    }

    /**
     * ACCEPT and REJECT both keep a record from coming back, so no consumer can tell them apart; the broker can: it
     * writes each acknowledged record's state down (see {@link ShareGroupStateLog}). Every job here was done in the
     * end, so every one must be ACKNOWLEDGED, none ARCHIVED. Job-N is at offset N (one partition, written in order).
     */
    private static void assertEveryJobAccepted(TestKafka kafka, String group, int jobs) {
        AtomicReference<Map<Long, ShareGroupStateLog.DeliveryState>> states = new AtomicReference<>();
        // The last batch's acknowledgements may still be on their way when its work is done.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            states.set(ShareGroupStateLog.lastStates(kafka, group));
            assertThat(LongStream.range(0, jobs).filter(job -> states.get().get(job) == null
                    || states.get().get(job) == ShareGroupStateLog.DeliveryState.AVAILABLE).boxed().toList())
                    .as("jobs the broker has not yet written down as acknowledged, although all %d are done "
                            + "(its state for the group: %s)", jobs, states.get()).isEmpty();
        });
        List<Long> archived = states.get().entrySet().stream()
                .filter(state -> state.getValue() == ShareGroupStateLog.DeliveryState.ARCHIVED)
                .map(Map.Entry::getKey).toList();
        assertThat(archived).as("jobs whose work was done, but which the broker holds as ARCHIVED, not ACKNOWLEDGED "
                + "(offset = job number; its state for the group: %s). They were REJECTed: REJECT keeps a record "
                + "from coming back too, but it tells the broker the record could not be processed (a poison "
                + "record), and the group's state (and the operators who count rejections) say the job failed. "
                + "A job that is done is ACCEPTed", states.get()).isEmpty();
    }

    /** A worker's loop may end with the job's own exception (it is not caught); any other failure is the answer's. */
    private static void throwUnlessTheJobsOwnFailure(Crew crew) {
        for (Throwable failure : crew.failures().values()) {
            boolean jobsOwn = false;
            for (Throwable cause = failure; cause != null && !jobsOwn; cause = cause.getCause()) {
                jobsOwn = cause instanceof ProcessingFailedException;
            }
            if (!jobsOwn) {
                crew.throwIfFailed();
            }
        }
    }

    /** The jobs of one scenario, in a share group with {@link #LOCK} as its lock, and your consumers on them. */
    private record Queue(JobQueue jobs) {

        static Queue create(TestKafka kafka, String prefix, int jobs) {
            return new Queue(JobQueue.create(kafka, prefix, jobs, ShareGroupSettings.lockDuration(LOCK)));
        }

        /** Your consumer in its own JVM, noting each job it does in {@code processed}; it gets stuck in its 3rd job. */
        ChildJvm doomedConsumer(String name, Path processed) {
            return ChildJvm.of(CrashDrill.class).args("--topic", jobs.topic(), "--group", jobs.group(), "--processed",
                    processed.toString(), "--freeze-at", "3", "--batch", String.valueOf(BATCH), "--name", name);
        }

        void startSurvivor(Crew crew, Deliveries survivor) {
            startWorker(crew, "survivor", survivor.recording("survivor", record -> Work.take(Duration.ofMillis(10))));
        }

        /** Your consumer on a thread of {@code crew}, taking batches of {@link #BATCH}. */
        void startWorker(Crew crew, String name, RecordHandler handler) {
            crew.start(name, Variant.current().instantiate(QueueWorker.class, CrashSafeConsumer.class,
                    SmallBatches.of(WorkerSetup.of(jobs.topic(), jobs.group(), name), BATCH), handler));
        }
    }

    /** Waits until the doomed consumer holds its batch and is stuck in its 3rd job. */
    private static CrashDrill.Frozen awaitStuck(ChildProcess doomed) {
        try {
            return CrashDrill.Frozen.parse(doomed.awaitOutput(CrashDrill.FROZEN, Duration.ofSeconds(60)));
        } catch (AssertionError notStuck) {
            throw new AssertionError("Your consumer, in a JVM of its own, never got to the work of its 3rd job "
                    + "within 60 s, where the drill makes it stop. Does workThrough do each record's work itself, "
                    + "on the poll thread, before it acknowledges the record? " + notStuck.getMessage(), notStuck);
        }
    }

    private static void awaitHeldJobsDone(Crew crew, Deliveries survivor, List<Long> held, Path doneByCrashed,
            Path doneByHung, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            crew.throwIfFailed();
            for (long job : held) {
                assertThat(survivor.of(job)).as("job-%d, held by a consumer that stopped, was never processed after it "
                        + "stopped. Either it had been acknowledged before it was processed (the broker counted it "
                        + "done, and the crash lost it), or it came back with a delivery count above 1 and was "
                        + "skipped as a duplicate (a redelivery means the earlier attempt did not finish)", job)
                        .anyMatch(Deliveries.Delivery::processed);
            }
            assertThat(report(survivor, doneByCrashed, doneByHung).missing()).as("jobs never processed").isZero();
        });
    }

    private static DeliveryReport report(Deliveries survivor, Path doneByCrashed, Path doneByHung) {
        DeliveryLedger ledger = survivor.processedLedger();
        ledger.recordAll(CrashDrill.processed(doneByCrashed));
        ledger.recordAll(CrashDrill.processed(doneByHung));
        return ledger.report(JOBS);
    }
}
