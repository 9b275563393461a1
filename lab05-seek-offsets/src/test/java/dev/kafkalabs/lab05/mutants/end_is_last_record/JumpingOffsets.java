package dev.kafkalabs.lab05.mutants.end_is_last_record;

import dev.kafkalabs.lab05.PartitionJumps;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.1 - jumping offsets with {@code assign()}: a consumer that owns a partition without a group can
 * put its position anywhere. A seek is lazy and local: the next {@code poll()} reads from the new position.
 */
public final class JumpingOffsets implements PartitionJumps {

    private final Consumer<?, ?> consumer;
    private final TopicPartition partition;

    public JumpingOffsets(Consumer<?, ?> consumer, TopicPartition partition) {
        this.consumer = consumer;
        this.partition = partition;
    }

    @Override
    public void jumpToBeginning() {
        // The log start offset, found by the broker: 0 only until retention deletes old records.
        consumer.seekToBeginning(List.of(partition));
    }

    @Override
    public void jumpToEnd() {
        // WRONG: the last record's offset; the end is one past it, so the last record is read again.
        consumer.seek(partition, consumer.endOffsets(List.of(partition)).get(partition) - 1);
    }

    @Override
    public void jumpTo(long offset) {
        consumer.seek(partition, offset);
    }
}
