package dev.kafkalabs.lab03;

import java.util.List;

/** Exercise 3.6's contract for plain transactions: write values atomically, then commit or abort. */
public interface TransactionalWrites extends AutoCloseable {

    /** Writes {@code values} to {@code topic} in one transaction and commits it. */
    void commitAll(String topic, List<String> values);

    /** Writes {@code values} to {@code topic} in one transaction (they reach the log) and aborts it. */
    void abortAll(String topic, List<String> values);

    @Override
    void close();
}
