package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.StopSignal;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
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
        throw new UnsupportedOperationException("Lab 3.5: make sure nothing commits for this consumer but this "
                + "class - ./labs hint 3.5, README 3.5");
    }

    @Override
    public void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop) {
        throw new UnsupportedOperationException("Lab 3.5: subscribe, then poll and process until asked to stop; "
                + "remember per partition what was processed, and commit it every COMMIT_EVERY records, before "
                + "partitions are taken away and when the loop ends - ./labs hint 3.5, README 3.5");
    }

    /** Commits exactly the offsets of processed records (not the positions, which may be further on), and waits. */
    void commitProcessed(Consumer<Integer, String> consumer) {
        throw new UnsupportedOperationException("Lab 3.5: commit what the processed map holds, wait for the "
                + "broker's answer, then start the map afresh - ./labs hint 3.5, README 3.5");
    }
}
