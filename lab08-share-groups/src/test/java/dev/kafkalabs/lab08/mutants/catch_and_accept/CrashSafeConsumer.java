package dev.kafkalabs.lab08.mutants.catch_and_accept;

import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.WorkerSetup;
import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.lab08.solution.QueueConsumer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 8.4 - a consumer that may die at any moment without losing a job: a record is acknowledged only
 * once its work is done. What a dead consumer held comes back to the others: at once when it crashed (its
 * connection closed), when the acquisition lock expires when it hangs; work done but not yet acknowledged
 * is done again (at-least-once).
 * It runs your 8.1 code ({@code GroupSetup}, {@code QueueConsumer.createConsumer}) and your 8.2 explicit
 * mode: do those first.
 */
public final class CrashSafeConsumer implements QueueWorker {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final WorkerSetup setup;
    private final RecordHandler handler;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile ShareConsumer<String, String> consumer;

    public CrashSafeConsumer(WorkerSetup setup, RecordHandler handler) {
        this.setup = setup;
        this.handler = handler;
    }

    @Override
    public void run() {
        WorkerSetup explicit = AcknowledgingConsumer.explicitAcknowledgement(setup);
        try (ShareConsumer<String, String> shareConsumer = QueueConsumer.createConsumer(explicit)) {
            consumer = shareConsumer;
            shareConsumer.subscribe(List.of(setup.topic()));
            while (!stopping.get()) {
                ConsumerRecords<String, String> records = shareConsumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    workThrough(shareConsumer, records);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the poll: leave the loop; close() releases what this consumer still holds.
        }
    }

    /** Does the work of every record, and tells the broker about each only when its work is done. */
    void workThrough(ShareConsumer<String, String> shareConsumer, ConsumerRecords<String, String> records) {
        for (ConsumerRecord<String, String> record : records) {
            // The mistake: a failed job is logged and then ACCEPTed as if it were done.
            try {
                handler.handle(record);
            } catch (RuntimeException e) {
                System.out.println("job failed: " + e);
            }
            shareConsumer.acknowledge(record, AcknowledgeType.ACCEPT);
        }
        shareConsumer.commitSync();
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
