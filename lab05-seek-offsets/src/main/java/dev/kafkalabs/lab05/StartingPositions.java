package dev.kafkalabs.lab05;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;

/** Lab 5.4's contract: where a consumer of a group will start reading, worked out before it starts. */
public interface StartingPositions {

    /**
     * The offset a consumer of this group, with {@code auto.offset.reset=policy} ({@code earliest},
     * {@code latest} or {@code none}), starts reading each partition at - or empty where it does not start at
     * all but throws.
     */
    Map<TopicPartition, OptionalLong> startingPositions(String policy, List<TopicPartition> partitions);
}
