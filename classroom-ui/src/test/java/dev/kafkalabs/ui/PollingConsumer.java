package dev.kafkalabs.ui;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.util.List;

/** A group member for the tests to watch: polls, commits after each poll, leaves the group on close. */
final class PollingConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    PollingConsumer(Properties clientConfig, String group, String clientId, String protocol, String topic) {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Commits are the test's signal: made after each poll, where the test can expect them.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(() -> {
            try {
                consumer.subscribe(List.of(topic));
                while (true) {
                    if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                        consumer.commitSync();
                    }
                }
            } catch (WakeupException closing) {
                // close() ends the loop.
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                consumer.close();
            }
        }, "consumer-" + clientId);
        thread.start();
    }

    /** Rethrows what the poll loop failed with, so a test says why a consumer never showed up. */
    void throwIfFailed() {
        if (failure.get() != null) {
            throw new AssertionError("The test's consumer failed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}
