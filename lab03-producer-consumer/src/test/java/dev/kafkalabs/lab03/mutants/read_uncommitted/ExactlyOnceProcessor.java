package dev.kafkalabs.lab03.mutants.read_uncommitted;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import dev.kafkalabs.lab03.TransactionalProcessor;
import dev.kafkalabs.lab03.solution.TransactionalWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Lab 3.6 - consume, transform, produce, exactly once. Each batch's output records and the consumer's
 * offsets for that batch go into one transaction: either both become visible or neither. A crash anywhere
 * leaves the transaction open; the restarted instance's {@code initTransactions()} aborts it, and the
 * batch is processed again from the last committed offsets - and only that attempt's output is visible.
 */
public final class ExactlyOnceProcessor implements TransactionalProcessor {

    @Override
    public void configureConsumer(Properties props) {
        // Offsets are committed by the producer's transaction, never by the consumer.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    @Override
    public void configureProducer(Properties props, String transactionalId) {
        TransactionalWriter.makeTransactional(props, transactionalId);
    }

    @Override
    public void run(Consumer<Integer, String> consumer, Producer<Integer, String> producer, String input,
                    String output, StopSignal stop) {
        // Before reading anything: fences an older instance and aborts the transaction it left open.
        producer.initTransactions();
        consumer.subscribe(List.of(input), new ResumeReporter(consumer));
        while (!stop.requested()) {
            ConsumerRecords<Integer, String> records = consumer.poll(DrillConsumers.POLL_TIMEOUT);
            if (!records.isEmpty() && !processInTransaction(records, output, producer, consumer)) {
                return;
            }
        }
    }

    /** One transaction per batch: its output and its offsets. Returns false when this instance must stop. */
    boolean processInTransaction(ConsumerRecords<Integer, String> records, String output,
                                 Producer<Integer, String> producer, Consumer<Integer, String> consumer) {
        try {
            producer.beginTransaction();
            for (ConsumerRecord<Integer, String> record : records) {
                producer.send(new ProducerRecord<>(output, record.key(), transform(record.value())));
            }
            CrashPoint.reached("sent");
            // "I have read this far" becomes part of the transaction, for the consumer's group.
            producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());
            CrashPoint.reached("offsets-sent");
            producer.commitTransaction();
            CrashPoint.reached("committed");
            return true;
        } catch (ProducerFencedException | FencedInstanceIdException | OutOfOrderSequenceException
                 | AuthorizationException e) {
            // Another instance took over, or this producer is broken: nothing to abort, only to stop.
            System.out.println("Cannot go on (" + e.getClass().getSimpleName() + "): stopping.");
            return false;
        } catch (KafkaException e) {
            producer.abortTransaction();
            // The consumer's positions are past this batch now: polling on would skip it. Stopping lets a restart
            // resume at the committed offsets (rewinding with seek, lab 5, would be the other way).
            System.out.println("Transaction aborted, stopping: " + e.getMessage());
            return false;
        }
    }

    /** Per partition of the batch, the next record to read: the last offset + 1. */
    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<Integer, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<Integer, String>> batch = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
        }
        return offsets;
    }

    static String transform(String value) {
        return value + " processed";
    }
}
