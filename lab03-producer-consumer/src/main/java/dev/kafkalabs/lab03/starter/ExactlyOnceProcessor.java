package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import dev.kafkalabs.lab03.TransactionalProcessor;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 3.6 - consume, transform, produce, exactly once. Each batch's output records and the consumer's
 * offsets for that batch go into one transaction: either both become visible or neither. A crash anywhere
 * leaves the transaction open; the restarted instance's {@code initTransactions()} aborts it, and the
 * batch is processed again from the last committed offsets - and only that attempt's output is visible.
 */
public final class ExactlyOnceProcessor implements TransactionalProcessor {

    @Override
    public void configureConsumer(Properties props) {
        throw new UnsupportedOperationException("Lab 3.6: the processor's consumer must never commit by itself, "
                + "and must not see records of aborted transactions - ./labs hint 3.6, README 3.6");
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
        throw new UnsupportedOperationException("Lab 3.6: in one transaction, write every record transformed to "
                + "the output and record how far the group has read, then make both visible, marking each of the "
                + "three steps with its CrashPoint (sent, offsets-sent, committed); on an error this instance cannot "
                + "recover from, stop; on any other, cancel the transaction and stop - ./labs hint 3.6, README 3.6");
    }

    /** Per partition of the batch, the next record to read: the last offset + 1. */
    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<Integer, String> records) {
        throw new UnsupportedOperationException("Lab 3.6: per partition of the batch, where the group should "
                + "resume reading - ./labs hint 3.6, README 3.6");
    }

    static String transform(String value) {
        return value + " processed";
    }
}
