package dev.kafkalabs.support.clicks;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
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
        // Up to the last stable offsets: everything committed so far.
        if (!Topics.readUpTo(Topics.lastStableOffsets(topic), props, keys, values, READ_TIMEOUT, action)) {
            throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_TIMEOUT);
        }
    }
}
