package dev.kafkalabs.lab07.solution;

import dev.kafkalabs.lab07.GroupReader;
import dev.kafkalabs.lab07.RecordHandler;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
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
            consumer.subscribe(List.of(topic));
            while (true) {
                ConsumerRecords<Long, String> records = consumer.poll(Duration.ofMillis(200));
                // A leader change needs no code here: the client finds the new leader and fetches on from
                // its position; it only ever sees records below the high watermark, which survive failover.
                for (ConsumerRecord<Long, String> record : records) {
                    handler.handle(record);
                }
                // Commit once the batch is processed: a crash then repeats at most this batch, never skips it.
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called: leave the loop.
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
