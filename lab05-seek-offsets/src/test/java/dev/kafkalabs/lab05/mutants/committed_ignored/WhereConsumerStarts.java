package dev.kafkalabs.lab05.mutants.committed_ignored;

import dev.kafkalabs.lab05.StartingPositions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Lab 5.4, wrong: the reset policy alone decides; the group's committed offsets are never looked at. */
public final class WhereConsumerStarts implements StartingPositions {

    private final Consumer<?, ?> consumer;

    public WhereConsumerStarts(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public Map<TopicPartition, OptionalLong> startingPositions(String policy, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> logStart = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> logEnd = consumer.endOffsets(partitions);

        Map<TopicPartition, OptionalLong> starts = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            // WRONG: auto.offset.reset is only the fallback for a group without a valid committed offset.
            starts.put(partition, switch (policy) {
                case "earliest" -> OptionalLong.of(logStart.get(partition));
                case "latest" -> OptionalLong.of(logEnd.get(partition));
                default -> OptionalLong.empty();
            });
        }
        return starts;
    }
}
