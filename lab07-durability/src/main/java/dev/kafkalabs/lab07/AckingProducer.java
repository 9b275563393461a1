package dev.kafkalabs.lab07;

import java.util.SortedSet;

/**
 * Exercise 7.2's contract: a producer that sends numbered records and keeps a ledger of which ones the
 * cluster acknowledged and how many sends failed.
 */
public interface AckingProducer extends AutoCloseable {

    /** Sends record {@code number} (key = the number) without waiting; its outcome lands in the ledger. */
    void send(String topic, long number);

    /** The numbers whose send succeeded so far. */
    SortedSet<Long> acknowledged();

    /** How many sends failed so far. */
    long failures();

    /** The last failure, or null; for the printout. */
    Exception lastFailure();

    /** Waits until every record sent so far has succeeded or failed. */
    void flush();

    @Override
    void close();
}
