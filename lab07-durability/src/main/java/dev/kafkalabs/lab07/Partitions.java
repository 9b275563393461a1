package dev.kafkalabs.lab07;

import dev.kafkalabs.support.Waiting;
import java.util.function.Predicate;

/** Waits for partition 0 of a topic to reach a state, as exercise 7.1's class describes it. */
public final class Partitions {

    private Partitions() {
    }

    /** Waits (at most {@link Waiting#PATIENCE}) until partition 0 satisfies {@code condition}. */
    public static PartitionState await(ReplicatedTopics topics, String topic, Predicate<PartitionState> condition,
                                String what) {
        return Waiting.awaitAnswer(topic + "-0: " + what, Waiting.PATIENCE, () -> topics.describe(topic).get(0),
                condition);
    }
}
