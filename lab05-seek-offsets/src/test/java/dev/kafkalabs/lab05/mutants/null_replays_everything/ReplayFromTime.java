package dev.kafkalabs.lab05.mutants.null_replays_everything;

import dev.kafkalabs.lab05.TimeReplay;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
        Map<TopicPartition, Long> query = new HashMap<>();
        consumer.assignment().forEach(partition -> query.put(partition, since.toEpochMilli()));

        Map<TopicPartition, OptionalLong> starts = new HashMap<>();
        consumer.offsetsForTimes(query).forEach((partition, found) -> {
            if (found == null) {
                // WRONG: nothing that recent does not mean "read it all again".
                consumer.seekToBeginning(List.of(partition));
                starts.put(partition, OptionalLong.empty());
            } else {
                consumer.seek(partition, found.offset());
                starts.put(partition, OptionalLong.of(found.offset()));
            }
        });
        return starts;
    }
}
