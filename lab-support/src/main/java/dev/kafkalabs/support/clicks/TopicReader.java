package dev.kafkalabs.support.clicks;

import dev.kafkalabs.support.KafkaBootstrap;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a whole topic once, as a downstream application would see it: only records of committed
 * transactions ({@code isolation.level=read_committed}), from the beginning up to the current end.
 */
public final class TopicReader {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private TopicReader() {
    }

    /** The latest value of every key: what a compacted topic converges to. */
    public static <K, V> Map<K, V> latestValues(String topic, Deserializer<K> keys, Deserializer<V> values) {
        Map<K, V> latest = new HashMap<>();
        readAll(topic, keys, values, record -> latest.put(record.key(), record.value()));
        return latest;
    }

    /** How many committed records the topic holds. */
    public static long count(String topic) {
        long[] count = {0};
        readAll(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), record -> count[0]++);
        return count[0];
    }

    public static <K, V> void readAll(String topic, Deserializer<K> keys, Deserializer<V> values,
                                      Consumer<ConsumerRecord<K, V>> action) {
        Properties props = KafkaBootstrap.clientProperties();
        // Records of aborted (e.g. crashed) transactions must not count.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT));
        // No group, so no committed offsets: every assigned partition starts at its first record.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            // Under read_committed the end offsets are the last stable offsets: everything committed so far.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(action);
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }
}
