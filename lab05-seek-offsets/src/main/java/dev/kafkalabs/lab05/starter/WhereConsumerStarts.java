package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.StartingPositions;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.4 - where a consumer starts: the group's committed offset, or what {@code auto.offset.reset} says.
 * Work out which, partition by partition, the way the consumer itself decides.
 */
public final class WhereConsumerStarts implements StartingPositions {

    /** A consumer of the group in question: it reads the group's committed offsets and the log's bounds. */
    private final Consumer<?, ?> consumer;

    public WhereConsumerStarts(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public Map<TopicPartition, OptionalLong> startingPositions(String policy, List<TopicPartition> partitions) {
        throw new UnsupportedOperationException("Lab 5.4: decide, per partition, whether the group's committed"
                + " offset or the reset policy sets the starting position, and where the policy points"
                + " - ./labs hint 5.4, README 5.4");
    }
}
