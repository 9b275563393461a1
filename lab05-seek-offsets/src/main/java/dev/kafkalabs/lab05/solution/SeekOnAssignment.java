package dev.kafkalabs.lab05.solution;

import dev.kafkalabs.lab05.GroupStart;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.2 - seeking inside a group. The group decides the assignment during {@code poll()}, and decides
 * again at every rebalance; {@code onPartitionsAssigned} runs inside that {@code poll()}, after each
 * assignment and before any record of the new partitions is fetched: the one place a seek always works.
 */
public final class SeekOnAssignment implements GroupStart {

    @Override
    public void subscribeFrom(Consumer<?, ?> consumer, String topic, long offset) {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                partitions.forEach(partition -> consumer.seek(partition, offset));
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // Nothing to hand over: this consumer commits nothing, it only chooses where to start.
            }
        });
    }
}
