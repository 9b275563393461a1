package dev.kafkalabs.lab10;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the topic a {@link NumberSource} writes to and tallies each task's numbers. */
public final class NumbersTopic {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private NumbersTopic() {
    }

    /** Each task's numbers (by task key, e.g. {@code task-0}), from the start of the topic to its current end. */
    public static Map<String, TaskNumbers> tally(String topic) {
        Map<String, List<Long>> numbers = new TreeMap<>();
        // A task's records all have its key, so they are in one partition, in the order the task sent them.
        boolean read = Topics.readUpTo(Topics.endOffsets(topic), KafkaBootstrap.clientProperties(),
                new StringDeserializer(), new StringDeserializer(), READ_TIMEOUT, record -> numbers
                        .computeIfAbsent(record.key(), key -> new ArrayList<>()).add(Long.parseLong(record.value())));
        if (!read) {
            throw new IllegalStateException("Could not read " + topic + " to its end within "
                    + READ_TIMEOUT.toSeconds() + " s.");
        }
        Map<String, TaskNumbers> tally = new TreeMap<>();
        numbers.forEach((task, values) -> tally.put(task, TaskNumbers.of(values)));
        return tally;
    }
}
