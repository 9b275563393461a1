package dev.kafkalabs.lab07;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads back the numbers (record keys) a topic holds, to compare with what a producer was told. */
public final class TopicNumbers {

    private TopicNumbers() {
    }

    /**
     * Every key in the topic, in offset order per partition, read without a group up to the end offsets
     * as they are when it starts; gives up after {@code timeout}.
     */
    public static List<Long> read(Properties clientProperties, String topic, Duration timeout) {
        List<Long> numbers = new ArrayList<>();
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        // No group, so nothing committed: every partition starts at its first record.
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<Long, String> consumer = new KafkaConsumer<>(properties, new LongDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> numbers.add(record.key()));
            }
        }
        return numbers;
    }

    private static boolean reached(KafkaConsumer<Long, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }
}
