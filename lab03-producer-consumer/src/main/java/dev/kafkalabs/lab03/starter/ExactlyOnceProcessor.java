package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.ConsumerShutdown;
import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 3.6 - consume, transform, produce, exactly once. Each batch's output records and the consumer's
 * offsets for that batch go into one transaction: either both become visible or neither. A crash anywhere
 * leaves the transaction open; the restarted instance's {@code initTransactions()} aborts it, and the
 * batch is processed again from the last committed offsets - and only that attempt's output is visible.
 */
public final class ExactlyOnceProcessor {

    static final String USAGE = "ExactlyOnceProcessor --input TOPIC --output TOPIC --group GROUP";

    private ExactlyOnceProcessor() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("input", "output", "group"), List.of());
        String input = required(args, "input");
        String output = required(args, "output");
        String group = required(args, "group");

        Properties consumerProps = DrillConsumers.settings(group);
        // Offsets are committed by the producer's transaction, never by the consumer.
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Skip records of aborted transactions (ours, from before a crash, or anyone's).
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties producerProps = KafkaBootstrap.clientProperties();
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, IntegerSerializer.class);
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // Idempotent and transactional, as in TransactionalWriter; a stable id per processor instance.
        TransactionalWriter.makeTransactional(producerProps, group + "-processor-1");

        try (Producer<Integer, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(consumerProps)) {
            // Before reading anything: fences an older instance and aborts the transaction it left open.
            producer.initTransactions();
            ConsumerShutdown.wakeOnExit(consumer);
            consumer.subscribe(List.of(input), new ResumeReporter(consumer));
            while (true) {
                ConsumerRecords<Integer, String> records = consumer.poll(DrillConsumers.POLL_TIMEOUT);
                if (!records.isEmpty() && !processInTransaction(records, output, producer, consumer)) {
                    break;
                }
            }
        } catch (WakeupException e) {
            System.out.println("Stopped between transactions.");
        }
    }

    /** One transaction per batch. Returns false when this instance has been fenced and must stop. */
    static boolean processInTransaction(ConsumerRecords<Integer, String> records, String output,
                                        Producer<Integer, String> producer, Consumer<Integer, String> consumer) {
        try {
            producer.beginTransaction();
            for (ConsumerRecord<Integer, String> record : records) {
                producer.send(new ProducerRecord<>(output, record.key(), transform(record.value())));
            }
            CrashPoint.reached("sent");
            sendOffsets(records, producer, consumer);
            CrashPoint.reached("offsets-sent");
            producer.commitTransaction();
            CrashPoint.reached("committed");
            return true;
        } catch (ProducerFencedException e) {
            System.out.println("Fenced: a newer instance with our transactional id has taken over. Stopping.");
            return false;
        } catch (KafkaException e) {
            System.out.println("Transaction failed, aborting and re-reading the batch: " + e.getMessage());
            producer.abortTransaction();
            rewindToCommitted(consumer);
            return true;
        }
    }

    /** The batch's offsets (next record to read, per partition) become part of the transaction. */
    static void sendOffsets(ConsumerRecords<Integer, String> records, Producer<Integer, String> producer,
                            Consumer<Integer, String> consumer) {
        throw new UnsupportedOperationException("Lab 3.6: add the batch's offsets to the transaction:"
                + " producer.sendOffsetsToTransaction("
                + "nextOffsets(records), consumer.groupMetadata())"
                + " - see lab03-producer-consumer/README.md section 3.6");
    }

    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<Integer, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<Integer, String>> batch = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** After an abort, read the batch again: back to the last committed offsets. */
    static void rewindToCommitted(Consumer<Integer, String> consumer) {
        Set<TopicPartition> assignment = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assignment);
        for (TopicPartition partition : assignment) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset);
            }
        }
    }

    static String transform(String value) {
        return value + " processed";
    }

    static String required(Args args, String name) {
        String value = args.valueOrNull(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.\nUsage: " + USAGE);
        }
        return value;
    }
}
