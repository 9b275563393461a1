package dev.kafkalabs.lab10;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.TopicReadiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The topic a file source writes to: created up front, and read back for the programs' reports. */
public final class Topics {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /**
     * Creates {@code topic} with one partition unless it exists. One partition keeps the file's lines in
     * order (the file source sends them without a key).
     */
    public static void ensureExists(String topic) {
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            create(admin, topic);
            TopicReadiness.awaitServed(admin, List.of(topic), ADMIN_TIMEOUT);
        }
    }

    private static void create(Admin admin, String topic) {
        try {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())))
                    .all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer from the broker at " + KafkaBootstrap.servers()
                    + " within " + ADMIN_TIMEOUT.toSeconds() + " s. Is one running? (./labs broker)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }

    /** A consumer of {@code topic}'s only partition, from its beginning, without a consumer group. */
    public static Consumer<String, String> readFromBeginning(String topic) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        Consumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partition = List.of(new TopicPartition(topic, 0));
        consumer.assign(partition);
        consumer.seekToBeginning(partition);
        return consumer;
    }

    /**
     * The values in {@code topic}, read from the beginning until {@code expectedCount} have arrived or
     * {@code timeout} has passed (then fewer), plus whatever else arrives in one more short poll.
     */
    public static List<String> values(String topic, int expectedCount, Duration timeout) {
        List<String> values = new ArrayList<>();
        try (Consumer<String, String> consumer = readFromBeginning(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (values.size() < expectedCount && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
        }
        return values;
    }
}
