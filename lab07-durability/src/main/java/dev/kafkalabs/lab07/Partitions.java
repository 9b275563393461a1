package dev.kafkalabs.lab07;

import java.time.Duration;
import java.util.function.Predicate;

/** Waits for partition 0 of a topic to reach a state, as exercise 7.1's class describes it. */
public final class Partitions {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Partitions() {
    }

    /** Waits (at most two minutes) until partition 0 satisfies {@code condition}. */
    public static PartitionState await(ReplicatedTopics topics, String topic, Predicate<PartitionState> condition,
                                String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        PartitionState state = null;
        while (System.nanoTime() < deadline) {
            try {
                state = topics.describe(topic).get(0);
                if (condition.test(state)) {
                    return state;
                }
            } catch (IllegalStateException notAnswering) {
                // Between leaders: ask again.
            }
            LeaderKillDrill.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(topic + "-0: not " + what + " within " + PATIENCE + " (last seen: "
                + (state == null ? "nothing" : state.line()) + ")");
    }
}
