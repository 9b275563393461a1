package dev.kafkalabs.lab05;

import java.util.Map;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;

/** Lab 5.4's contract: where a consumer starts reading, and what {@code auto.offset.reset} decides. */
public interface StartingPositions {

    /**
     * The position a consumer of a brand-new group (no committed offsets) starts at on every partition of
     * the topic, with {@code auto.offset.reset=policy}.
     *
     * @throws NoOffsetForPartitionException with {@code none}: nothing committed and nothing to fall back on
     */
    Map<TopicPartition, Long> newGroupStartsAt(String policy);

    /**
     * Seeks partition 0 to {@code beyond} offsets past its end, then polls: returns the offset the consumer
     * really reads from once the broker has answered that the position is out of range.
     *
     * @throws OffsetOutOfRangeException with {@code none}: the consumer does not move by itself
     */
    long readsFromAfterSeekPastEnd(String policy, long beyond);
}
