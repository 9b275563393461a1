package dev.kafkalabs.lab08.mutants.release_running_job;

import dev.kafkalabs.lab08.AcknowledgementLog;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.SmallBatches;
import dev.kafkalabs.lab08.WorkerSetup;
import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.lab08.solution.QueueConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 8.5 - a job that takes longer than the acquisition lock. The job runs on a thread of its own; the
 * poll loop waits for it a little at a time, shorter than the lock, and answers for its record after each
 * wait: ACCEPT when the job is done, RELEASE when it failed, RENEW while it still runs. A renewed record
 * is returned again by the next poll: it is the same job, still running, not a new one.
 * It runs your 8.1 code ({@code GroupSetup}, {@code QueueConsumer.createConsumer}) and your 8.2 explicit
 * mode: do those first.
 */
public final class LongJobConsumer implements QueueWorker {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final WorkerSetup setup;
    private final RecordHandler handler;
    private final AcknowledgementLog log;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Runs the jobs, away from the poll loop, so that the loop stays free to renew their locks. */
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    /** The jobs started and not yet answered for, by record ({@link #key}). Used by the poll thread only. */
    private final Map<String, Future<?>> running = new HashMap<>();
    private volatile ShareConsumer<String, String> consumer;

    public LongJobConsumer(WorkerSetup setup, RecordHandler handler, AcknowledgementLog log) {
        this.setup = setup;
        this.handler = handler;
        this.log = log;
    }

    @Override
    public void run() {
        // One record per poll: a job takes long, and a record this consumer holds but has not started is
        // a job another member could be doing.
        WorkerSetup oneAtATime = SmallBatches.of(AcknowledgingConsumer.explicitAcknowledgement(setup), 1);
        try (ShareConsumer<String, String> shareConsumer = QueueConsumer.createConsumer(oneAtATime)) {
            consumer = shareConsumer;
            shareConsumer.subscribe(List.of(setup.topic()));
            while (!stopping.get()) {
                ConsumerRecords<String, String> records = shareConsumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    settle(shareConsumer, records);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the poll: leave the loop; close() releases what this consumer still holds.
        } finally {
            // A job still running is interrupted: its record was never accepted, so it comes back.
            jobs.shutdownNow();
        }
    }

    /** Answers for every record of a poll (started, still running, done or failed), and sends the answers. */
    void settle(ShareConsumer<String, String> shareConsumer, ConsumerRecords<String, String> records) {
        Duration wait = renewalInterval(shareConsumer);
        for (ConsumerRecord<String, String> record : records) {
            AcknowledgeType verdict = progressOf(record, wait);
            shareConsumer.acknowledge(record, verdict);
            log.acknowledged(setup.name(), record, verdict);
        }
        sendNow(shareConsumer);
    }

    /** How long to wait for a job before renewing its record's lock. */
    static Duration renewalInterval(ShareConsumer<String, String> shareConsumer) {
        // Every fetch tells the consumer how long the group's locks last. Half of it leaves the renewal
        // time to arrive even after a slow round trip or a pause. Not known yet: renew often.
        int lockMs = shareConsumer.acquisitionLockTimeoutMs().orElse(2000);
        return Duration.ofMillis(lockMs / 2);
    }

    /**
     * Starts the record's job unless it is already running, waits for it at most {@code wait}, and
     * answers: ACCEPT (done), RELEASE (failed: another delivery may succeed) or RENEW (still running).
     */
    AcknowledgeType progressOf(ConsumerRecord<String, String> record, Duration wait) {
        // A renewed record comes back from poll: its job is already running, do not start it again.
        Future<?> job = running.computeIfAbsent(key(record), key -> jobs.submit(() -> handler.handle(record)));
        try {
            job.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            running.remove(key(record));
            return AcknowledgeType.ACCEPT;
        } catch (Exception notDone) {
            // The mistake: a job not done yet, still running or failed, is RELEASEd alike.
            return AcknowledgeType.RELEASE;
        }
    }

    /** Sends this poll's acknowledgements to the broker now, and waits for its answer. */
    void sendNow(ShareConsumer<String, String> shareConsumer) {
        // Now, not with the next poll: while a RENEW waits for the next poll, the 4.3.1 client fetches
        // (and locks) more records that it hands out only once the renewals end (measured, README 8.5).
        // A renewal that failed (the lock had already expired, the record went to someone else) is
        // reported per partition.
        shareConsumer.commitSync().forEach((partition, failure) -> failure.ifPresent(
                error -> System.out.printf("%s: acknowledgements for %s failed: %s%n", setup.name(), partition,
                        error.getMessage())));
    }

    /** Which record this is: the same for a record returned again after a renewal. */
    private static String key(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    @Override
    public void stop() {
        stopping.set(true);
        ShareConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }
}
