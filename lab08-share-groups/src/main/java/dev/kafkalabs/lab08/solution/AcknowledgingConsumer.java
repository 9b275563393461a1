package dev.kafkalabs.lab08.solution;

import dev.kafkalabs.lab08.Outcome;
import dev.kafkalabs.lab08.OutcomeHandler;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.WorkerSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 8.2 - explicit acknowledgement: the application tells the broker, record by record, what became
 * of it. ACCEPT: done. RELEASE: hand it back, to be delivered again (its delivery count goes up).
 * REJECT: archive it, never to be delivered again.
 * It creates its consumer with your 8.1 {@code QueueConsumer.createConsumer}, and its program sets up the
 * group with your 8.1 {@code GroupSetup}: do 8.1 first.
 */
public final class AcknowledgingConsumer implements QueueWorker {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final WorkerSetup setup;
    private final OutcomeHandler handler;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile ShareConsumer<String, String> consumer;

    public AcknowledgingConsumer(WorkerSetup setup, OutcomeHandler handler) {
        this.setup = setup;
        this.handler = handler;
    }

    @Override
    public void run() {
        WorkerSetup explicit = explicitAcknowledgement(setup);
        try (ShareConsumer<String, String> shareConsumer = QueueConsumer.createConsumer(explicit)) {
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
        }
    }

    /**
     * The setup of a consumer that acknowledges each record itself (the default, implicit, mode accepts
     * every record of a poll at the next poll).
     */
    public static WorkerSetup explicitAcknowledgement(WorkerSetup setup) {
        return setup.with(ConsumerConfig.SHARE_ACKNOWLEDGEMENT_MODE_CONFIG, "explicit");
    }

    /** Handles every record, acknowledges each with what became of it, and commits the acknowledgements. */
    void settle(ShareConsumer<String, String> shareConsumer, ConsumerRecords<String, String> records) {
        for (ConsumerRecord<String, String> record : records) {
            shareConsumer.acknowledge(record, acknowledgementFor(handler.handle(record)));
        }
        // Sends the acknowledgements now and waits; a failed one (its lock had expired, the record went
        // to someone else) is reported per partition.
        shareConsumer.commitSync().forEach((partition, failure) -> failure.ifPresent(
                error -> System.out.printf("%s: acknowledgements for %s failed: %s%n", setup.name(), partition,
                        error.getMessage())));
    }

    /** What the broker should do with a record, given what the application made of it. */
    static AcknowledgeType acknowledgementFor(Outcome outcome) {
        return switch (outcome) {
            case DONE -> AcknowledgeType.ACCEPT;
            case TRY_AGAIN_LATER -> AcknowledgeType.RELEASE;
            case UNPROCESSABLE -> AcknowledgeType.REJECT;
        };
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
