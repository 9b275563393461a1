package dev.kafkalabs.lab05;

import org.apache.kafka.clients.consumer.Consumer;

/** Lab 5.2's contract: a group consumer that starts reading every partition it is given at one offset. */
public interface GroupStart {

    /**
     * Subscribes {@code consumer} to {@code topic} so that every partition the group hands it - on the
     * first assignment and after every rebalance - is read from {@code offset}. The caller then polls.
     */
    void subscribeFrom(Consumer<?, ?> consumer, String topic, long offset);
}
