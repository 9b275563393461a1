package dev.kafkalabs.lab08.starter;

import dev.kafkalabs.lab08.Outcome;
import dev.kafkalabs.lab08.OutcomeHandler;
import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.WorkerSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.AcknowledgeType;
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
        throw new UnsupportedOperationException("Lab 8.2: return the setup of a consumer that acknowledges each"
                + " record itself - ./labs hint 8.2, README 8.2");
    }

    /** Handles every record, acknowledges each with what became of it, and commits the acknowledgements. */
    void settle(ShareConsumer<String, String> shareConsumer, ConsumerRecords<String, String> records) {
        throw new UnsupportedOperationException("Lab 8.2: hand each record to the handler, tell the broker what"
                + " became of it, then send this batch's acknowledgements and wait for the answer"
                + " - ./labs hint 8.2, README 8.2");
    }

    /** What the broker should do with a record, given what the application made of it. */
    static AcknowledgeType acknowledgementFor(Outcome outcome) {
        throw new UnsupportedOperationException("Lab 8.2: choose the acknowledgement for each outcome: done,"
                + " worth another delivery, or never to be delivered again - ./labs hint 8.2, README 8.2");
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
