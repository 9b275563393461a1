package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.TransactionalWrites;
import dev.kafkalabs.support.KafkaBootstrap;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
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
        // Registers the id with the transaction coordinator: fences any older producer with the same id and
        // aborts the transaction it may have left open.
        producer.initTransactions();
    }

    public static void makeTransactional(Properties props, String transactionalId) {
        // Idempotence (default since 3.0, with acks=all) is what transactions build on; spelled out because a
        // stray retries=0 or acks=1 elsewhere would turn it off. acks=all waits for the in-sync replicas - durable
        // across a broker loss only with replication factor 3 and min.insync.replicas=2 on the topic.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // A stable id per producer instance: after a restart, the new instance fences the old one.
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    }

    @Override
    public void commitAll(String topic, List<String> values) {
        inTransaction(() -> {
            producer.beginTransaction();
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, value)));
            producer.commitTransaction();
        });
    }

    @Override
    public void abortAll(String topic, List<String> values) {
        inTransaction(() -> {
            producer.beginTransaction();
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, value)));
            // The records really reach the log before the abort: they are hidden, not absent.
            producer.flush();
            producer.abortTransaction();
        });
    }

    /**
     * The error handling of a transaction: an error this producer cannot recover from - fenced (a newer instance
     * with our transactional id took over), a broken sequence, no permission - means it must stop: close it, do
     * not abort. Any other error aborts the transaction; the caller may try again.
     */
    private void inTransaction(Runnable work) {
        try {
            work.run();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
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
