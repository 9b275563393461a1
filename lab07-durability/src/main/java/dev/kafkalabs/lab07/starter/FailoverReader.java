package dev.kafkalabs.lab07.starter;

import dev.kafkalabs.lab07.GroupReader;
import dev.kafkalabs.lab07.RecordHandler;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 7.4: a group consumer that reads on across a partition leader's crash, and commits what it processed.
 * {@code ./labs run 7.4 --starter} also runs your 7.1 {@code ReplicatedTopic} and 7.2
 * {@code AcksProducer}: do those first.
 */
public final class FailoverReader implements GroupReader {

    private final KafkaConsumer<Long, String> consumer;
    private final String topic;
    private final RecordHandler handler;

    public FailoverReader(Properties consumerProperties, String topic, RecordHandler handler) {
        Properties properties = new Properties();
        properties.putAll(consumerProperties);
        // This reader commits itself, after processing.
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties, new LongDeserializer(), new StringDeserializer());
        this.topic = topic;
        this.handler = handler;
    }

    @Override
    public void run() {
        try {
            throw new UnsupportedOperationException("Lab 7.4: read the topic in the group until stopped, hand "
                    + "each record to the handler, and commit so that a crash repeats at most one batch and "
                    + "skips nothing - ./labs hint 7.4, README 7.4");
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        stop();
    }
}
