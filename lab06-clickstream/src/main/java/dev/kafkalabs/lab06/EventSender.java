package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;

/**
 * What the 6.1 program needs from the exercise's producer: send each record, then make sure every one
 * arrived. Both the solution and the starter implement it, with a public constructor taking the topic.
 */
public interface EventSender extends AutoCloseable {

    /**
     * Sends one record value, unchanged. {@code event} is what the value encodes, or {@code null} when the
     * value is not a valid event (a malformed line of a replayed file).
     */
    void send(byte[] value, ClickEvent event);

    /** Returns once the broker has acknowledged every record sent so far; throws if any was not. */
    void awaitDelivery();

    @Override
    void close();
}
