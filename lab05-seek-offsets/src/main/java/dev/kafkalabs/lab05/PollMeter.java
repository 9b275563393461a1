package dev.kafkalabs.lab05;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Measures what a consumer's settings do: the size of each poll's batch and how long records wait. */
public final class PollMeter {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private PollMeter() {
    }

    /** The number of records of every non-empty poll while reading {@code expected} records from the start. */
    public static List<Integer> batchSizes(Properties consumerProperties, String topic, int expected) {
        List<Integer> sizes = new ArrayList<>();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(withStrings(consumerProperties, "earliest"))) {
            assignAll(consumer, topic);
            int read = 0;
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (read < expected && System.nanoTime() < deadline) {
                int count = consumer.poll(POLL).count();
                if (count > 0) {
                    sizes.add(count);
                    read += count;
                }
            }
        }
        return sizes;
    }

    /**
     * Writes {@code samples} records one at a time to a topic the consumer has caught up on and returns,
     * per record, the milliseconds from its send to its arrival in {@code poll()}.
     */
    public static List<Long> deliveryDelays(Properties consumerProperties, Producer<String, String> producer,
                                            String topic, int samples) {
        List<Long> delays = new ArrayList<>();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(withStrings(consumerProperties, "latest"))) {
            assignAll(consumer, topic);
            // Resolve the starting position now, before the first probe is sent.
            consumer.assignment().forEach(consumer::position);
            for (int i = 0; i < samples; i++) {
                long sentAt = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, 0, null, "probe-" + i));
                producer.flush();
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = sentAt + GIVE_UP_AFTER.toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(POLL);
                }
                if (records.isEmpty()) {
                    throw new IllegalStateException("probe-" + i + " did not arrive within " + GIVE_UP_AFTER);
                }
                delays.add((System.nanoTime() - sentAt) / 1_000_000);
            }
        }
        return delays;
    }

    private static void assignAll(Consumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("No partitions found for topic " + topic);
        }
        consumer.assign(partitions);
    }

    /** {@code base} with String deserializers; a consumer without a group starts where {@code start} says. */
    private static Properties withStrings(Properties base, String start) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, start);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return props;
    }
}
