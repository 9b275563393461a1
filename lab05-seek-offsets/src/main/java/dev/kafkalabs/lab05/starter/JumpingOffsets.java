package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.PartitionJumps;
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
        throw new UnsupportedOperationException("Lab 5.1: move the position to the first record still in the log"
                + " (not always offset 0) - ./labs hint 5.1, README 5.1");
    }

    @Override
    public void jumpToEnd() {
        throw new UnsupportedOperationException("Lab 5.1: move the position to where the next new record will be"
                + " written - ./labs hint 5.1, README 5.1");
    }

    @Override
    public void jumpTo(long offset) {
        throw new UnsupportedOperationException("Lab 5.1: move the position to the given offset"
                + " - ./labs hint 5.1, README 5.1");
    }
}
