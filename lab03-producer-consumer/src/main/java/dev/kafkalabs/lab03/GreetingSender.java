package dev.kafkalabs.lab03;

/** Exercise 3.1's contract: send numbered greetings to a topic. */
public interface GreetingSender {

    /** Sends {@code count} greetings to {@code topic}; returns once every one of them has been sent. */
    void send(String topic, long count);
}
