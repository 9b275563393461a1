package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.TransactionalWrites;
import dev.kafkalabs.support.KafkaBootstrap;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 3.6 - an idempotent, transactional producer. Records written in a transaction become visible to
 * {@code read_committed} consumers all together when it commits, and never when it aborts (they are in the
 * log, but the abort marker hides them).
 */
public final class TransactionalWriter implements TransactionalWrites {

    private final Producer<String, String> producer;

    public TransactionalWriter(String transactionalId) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        makeTransactional(props, transactionalId);
        producer = new KafkaProducer<>(props);
        // Registers the id with the transaction coordinator: fences any older producer with the same id and
        // aborts the transaction it may have left open.
        producer.initTransactions();
    }

    public static void makeTransactional(Properties props, String transactionalId) {
        throw new UnsupportedOperationException("Lab 3.6: make the producer idempotent, waiting for all in-sync "
                + "replicas, and transactional under the given id - ./labs hint 3.6, README 3.6");
    }

    @Override
    public void commitAll(String topic, List<String> values) {
        throw new UnsupportedOperationException("Lab 3.6: write the values to the topic in one transaction and "
                + "make them visible, with the error handling of inTransaction - ./labs hint 3.6, README 3.6");
    }

    @Override
    public void abortAll(String topic, List<String> values) {
        throw new UnsupportedOperationException("Lab 3.6: write the values to the topic in one transaction, make "
                + "sure they reached the log, then cancel it - ./labs hint 3.6, README 3.6");
    }

    /**
     * The error handling of a transaction: an error this producer cannot recover from - fenced (a newer instance
     * with our transactional id took over), a broken sequence, no permission - means it must stop: close it, do
     * not abort. Any other error aborts the transaction; the caller may try again.
     */
    private void inTransaction(Runnable work) {
        throw new UnsupportedOperationException("Lab 3.6: run the work; on an error this producer cannot recover "
                + "from, close it, on any other, cancel the transaction; rethrow either way - ./labs hint 3.6, "
                + "README 3.6");
    }

    @Override
    public void close() {
        producer.close();
    }
}
