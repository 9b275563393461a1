package dev.kafkalabs.lab05;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The demo data every Lab 5 program and check writes for itself (into a fresh topic from
 * {@link Topics#createUnique}), so that each run starts from known offsets. Already complete: not an exercise.
 */
public final class DemoData {

    private static final long TIMEOUT_SECONDS = 30;

    private DemoData() {
    }

    /** A producer of {@code String} keys and values. */
    public static Producer<String, String> producer() {
        return new KafkaProducer<>(producerProperties());
    }

    /** Settings for a {@code String} producer on the configured cluster. */
    public static Properties producerProperties() {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return props;
    }

    /** Sends one record and waits for the broker's answer: demo data must be in place before reading. */
    public static RecordMetadata sendAndWait(Producer<String, String> producer, ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write to " + record.topic() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + record.topic(), e);
        }
    }

    /** Writes {@code count} records {@code prefix-0 .. prefix-(count-1)} to one partition and waits for them. */
    public static void fill(String topic, int partition, String prefix, int count) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new ProducerRecord<>(topic, partition, null, prefix + "-" + i));
        }
        try (Producer<String, String> producer = producer()) {
            sendAll(producer, records);
        }
    }

    /** Sends the records in one go and waits until the broker has acknowledged every one of them. */
    public static void sendAll(Producer<String, String> producer, List<ProducerRecord<String, String>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        records.forEach(record -> acks.add(producer.send(record)));
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write the demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the demo data", e);
        }
    }

    /**
     * Deletes the records of {@code partition} below {@code offset}, as retention does with old segments:
     * afterwards the partition's log starts at {@code offset}, no longer at 0.
     */
    public static void deleteRecordsBefore(Admin admin, TopicPartition partition, long offset) {
        Topics.get(admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(offset))).all(),
                "delete the records of " + partition + " before offset " + offset);
    }

    /** {@link #deleteRecordsBefore(Admin, TopicPartition, long)} with an admin client of its own. */
    public static void deleteRecordsBefore(TopicPartition partition, long offset) {
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            deleteRecordsBefore(admin, partition, offset);
        }
    }
}
