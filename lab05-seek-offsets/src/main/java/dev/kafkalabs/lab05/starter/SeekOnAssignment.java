package dev.kafkalabs.lab05.starter;

import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.2 - seeks every partition the group hands this consumer to one offset. The group decides the
 * assignment during {@code poll()}, so {@code onPartitionsAssigned} is the first moment a seek can work:
 * it runs inside that {@code poll()}, before any record of the new partitions is fetched.
 */
public final class SeekOnAssignment implements ConsumerRebalanceListener {

    private final Consumer<?, ?> consumer;
    private final long offset;

    public SeekOnAssignment(Consumer<?, ?> consumer, long offset) {
        this.consumer = consumer;
        this.offset = offset;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        throw new UnsupportedOperationException("Lab 5.2: seek every newly assigned partition to offset with "
                + "consumer.seek(partition, offset) - see lab05-seek-offsets/README.md section 5.2");
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Nothing to hand over: this consumer commits nothing, it only chooses where to start.
    }
}
