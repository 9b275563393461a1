package dev.kafkalabs.lab05.mutants.seek_zero;

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
        // WRONG: offset 0 is the beginning only until retention deletes old records.
        consumer.seek(partition, 0);
    }

    @Override
    public void jumpToEnd() {
        // One past the last record: only records written from now on are read.
        consumer.seekToEnd(List.of(partition));
    }

    @Override
    public void jumpTo(long offset) {
        consumer.seek(partition, offset);
    }
}
