package dev.kafkalabs.lab10;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the topic a {@link NumberSource} writes to and tallies each task's numbers. */
public final class NumbersTopic {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private NumbersTopic() {
    }

    /** Each task's numbers (by task key, e.g. {@code task-0}), from the start of the topic to its current end. */
    public static Map<String, TaskNumbers> tally(String topic) {
        Map<String, List<Long>> numbers = new TreeMap<>();
        // A task's records all have its key, so they are in one partition, in the order the task sent them.
        TopicReader.readToEnd(topic, READ_TIMEOUT, record -> numbers
                .computeIfAbsent(record.key(), key -> new ArrayList<>()).add(Long.parseLong(record.value())));
        Map<String, TaskNumbers> tally = new TreeMap<>();
        numbers.forEach((task, values) -> tally.put(task, TaskNumbers.of(values)));
        return tally;
    }
}
