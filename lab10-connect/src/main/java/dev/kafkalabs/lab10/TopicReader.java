package dev.kafkalabs.lab10;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads back the topics the lab's connectors write to, for the programs' reports and the checks. */
public final class TopicReader {

    private TopicReader() {
    }

    /** A consumer of {@code topic}'s only partition, from its beginning, without a consumer group. */
    public static Consumer<String, String> fromBeginning(String topic) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // No group, so no committed position: start at the first record still in the partition.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Consumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.assign(List.of(new TopicPartition(topic, 0)));
        return consumer;
    }

    /**
     * The values in {@code topic}, read from the beginning until {@code expectedCount} have arrived or
     * {@code timeout} has passed (then fewer), plus whatever else arrives in one more short poll.
     */
    public static List<String> values(String topic, int expectedCount, Duration timeout) {
        List<String> values = new ArrayList<>();
        try (Consumer<String, String> consumer = fromBeginning(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (values.size() < expectedCount && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
        }
        return values;
    }

    /**
     * Hands every record of {@code topic}, all partitions, from the beginning up to its end offsets now, to
     * {@code action}.
     *
     * @throws IllegalStateException when that is not done within {@code timeout} (a partial read would count
     *                               wrong without a word)
     */
    public static void readToEnd(String topic, Duration timeout,
                                 java.util.function.Consumer<ConsumerRecord<String, String>> action) {
        if (!Topics.readUpTo(Topics.endOffsets(topic), KafkaBootstrap.clientProperties(), new StringDeserializer(),
                new StringDeserializer(), timeout, action)) {
            throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout.toSeconds() + " s.");
        }
    }
}
