package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.GroupStart;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Lab 5.2 - seeking inside a group. The group decides the assignment during {@code poll()}, and decides
 * again at every rebalance: find the place where a seek always works.
 */
public final class SeekOnAssignment implements GroupStart {

    @Override
    public void subscribeFrom(Consumer<?, ?> consumer, String topic, long offset) {
        throw new UnsupportedOperationException("Lab 5.2: subscribe so that every partition the group hands this"
                + " consumer, at the start and after each rebalance, is read from the offset - ./labs hint 5.2, README 5.2");
    }
}
