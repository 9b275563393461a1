package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.TimeReplay;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.3 - replay from a point in time: the broker turns "since 10:15" into an offset per partition (the
 * first record whose timestamp is at or after it), and the consumer seeks there.
 */
public final class ReplayFromTime implements TimeReplay {

    private final Consumer<?, ?> consumer;

    public ReplayFromTime(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public Map<TopicPartition, OptionalLong> replaySince(Instant since) {
        throw new UnsupportedOperationException("Lab 5.3: move every assigned partition to its first record stamped"
                + " at or after the time, and decide what a partition with no such record does"
                + " - ./labs hint 5.3, README 5.3");
    }
}
