package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.TransactionalWrites;
import dev.kafkalabs.support.KafkaBootstrap;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
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
        // Registers the id with the transaction coordinator, fencing any older producer with the same id.
        producer.initTransactions();
    }

    static void makeTransactional(Properties props, String transactionalId) {
        throw new UnsupportedOperationException("Lab 3.6: make the producer idempotent"
                + " (ENABLE_IDEMPOTENCE_CONFIG, ACKS_CONFIG all) and transactional"
                + " (TRANSACTIONAL_ID_CONFIG = transactionalId)"
                + " - see lab03-producer-consumer/README.md section 3.6");
    }

    @Override
    public void commitAll(String topic, List<String> values) {
        throw new UnsupportedOperationException("Lab 3.6: inside inTransaction(...): beginTransaction(),"
                + " send every value, commitTransaction()"
                + " - see lab03-producer-consumer/README.md section 3.6");
    }

    @Override
    public void abortAll(String topic, List<String> values) {
        throw new UnsupportedOperationException("Lab 3.6: inside inTransaction(...): beginTransaction(),"
                + " send every value, flush(), abortTransaction()"
                + " - see lab03-producer-consumer/README.md section 3.6");
    }

    /**
     * The error handling of the course deck: fenced (another instance with our transactional id took over)
     * means this producer must stop - close it; any other error aborts the transaction.
     */
    private void inTransaction(Runnable work) {
        try {
            work.run();
        } catch (ProducerFencedException e) {
            producer.close();
            throw e;
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
