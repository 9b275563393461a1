package dev.kafkalabs.lab07;

import java.util.List;

/** Exercise 7.3's contract: a sender that says, record by record, whether a write was durable. */
public interface OutageSender extends AutoCloseable {

    /** Sends record {@code number} and waits (boundedly) for its verdict. */
    Verdict send(String topic, long number);

    /** The records not acknowledged yet, kept to send again, in the order they were sent. */
    List<Long> parked();

    /** Sends every parked record again and returns how many are acknowledged now. */
    int resendParked(String topic);

    @Override
    void close();
}
