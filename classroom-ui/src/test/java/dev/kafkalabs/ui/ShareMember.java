package dev.kafkalabs.ui;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A share-group member for the tests to watch: each poll acknowledges what the previous one returned. */
final class ShareMember implements AutoCloseable {

    private final KafkaShareConsumer<String, String> consumer;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ShareMember(Properties clientConfig, String group, String clientId, String topic) {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        consumer = new KafkaShareConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(() -> {
            try {
                consumer.subscribe(List.of(topic));
                while (true) {
                    consumer.poll(Duration.ofMillis(100));
                }
            } catch (WakeupException closing) {
                // close() ends the loop.
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                consumer.close();
            }
        }, "share-" + clientId);
        thread.start();
    }

    void throwIfFailed() {
        if (failure.get() != null) {
            throw new AssertionError("The test's share consumer failed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}
