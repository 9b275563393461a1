package dev.kafkalabs.lab03.mutants.auto_commit_left_on;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 3.5 - at-least-once: auto-commit off, and an offset is committed only after its record was processed.
 * The consumer commits every {@link #COMMIT_EVERY} records - in the middle of a batch, so it commits what it
 * has processed, not its position - before it gives partitions up in a rebalance, and when it stops. A crash
 * can only lose commits, never records: the replacement re-processes what came after the last commit.
 */
public final class AtLeastOnceConsumer implements DeliveryConsumer {

    /** How many processed records between two commits: at most this many are processed twice after a crash. */
    static final int COMMIT_EVERY = 5;

    /** Per partition, the next record to read: the last processed offset + 1. Emptied by every commit. */
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();

    @Override
    public void configure(Properties props) {
    }

    @Override
    public void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop) {
        // Partitions taken away in a rebalance: commit what was processed of them while they are still ours.
        consumer.subscribe(List.of(topic), new ResumeReporter(consumer, revoked -> commitProcessed(consumer)));
        int sinceCommit = 0;
        try {
            while (!stop.requested()) {
                for (ConsumerRecord<Integer, String> record : consumer.poll(DrillConsumers.POLL_TIMEOUT)) {
                    handler.process(record);
                    processed.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    if (++sinceCommit == COMMIT_EVERY) {
                        commitProcessed(consumer);
                        sinceCommit = 0;
                    }
                }
            }
        } finally {
            // However the loop ends, what was processed is committed before the consumer is closed.
            commitProcessed(consumer);
        }
    }

    /** Commits exactly the offsets of processed records (not the positions, which may be further on), and waits. */
    void commitProcessed(Consumer<Integer, String> consumer) {
        consumer.commitSync(processed);
        processed.clear();
    }
}
