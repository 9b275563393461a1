package dev.kafkalabs.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows one topic at a time and hands its new records to the page. The consumer has no group: it
 * assigns itself every partition and seeks, so it commits nothing and shows up in no group's lag.
 */
final class RecordTail implements AutoCloseable {

    /** How many records before the end of each partition a new tail starts with, so the page is not empty. */
    static final int BACKLOG = 10;

    /** What the page shows about the tail. */
    record State(String topic, boolean paused, String status) {
    }

    /** One record as the page shows it; key, value and header values as text (hex when not UTF-8). */
    record Line(String topic, int partition, long offset, long timestamp, String key, String value,
                Map<String, String> headers) {
    }

    private final Properties clientConfig;
    private final Consumer<List<Line>> onRecords;
    private final Consumer<State> onState;
    private volatile State state = new State(null, false, "Pick a topic to follow its records.");
    private Follower follower;

    RecordTail(Properties clientConfig, Consumer<List<Line>> onRecords, Consumer<State> onState) {
        this.clientConfig = clientConfig;
        this.onRecords = onRecords;
        this.onState = onState;
    }

    State state() {
        return state;
    }

    synchronized void follow(String topic) {
        stopFollower();
        follower = new Follower(topic);
        setState(new State(topic, false, "Following " + topic + " (the last " + BACKLOG + " records of each partition first)."));
        follower.start();
    }

    synchronized void pause() {
        if (follower != null && !state.paused()) {
            setState(new State(state.topic(), true, "Paused: new records wait in Kafka until you resume."));
        }
    }

    synchronized void resume() {
        if (follower != null && state.paused()) {
            setState(new State(state.topic(), false, "Following " + state.topic() + "."));
        }
    }

    /** Called with every read's topic names: a followed topic that is gone stops the tail with a message. */
    synchronized void topicsNow(Set<String> topics) {
        if (follower != null && !topics.contains(follower.topic)) {
            stop("Topic " + follower.topic + " was deleted while it was followed. Pick another topic.");
        }
    }

    synchronized void stop(String why) {
        stopFollower();
        setState(new State(null, false, why));
    }

    private void stopFollower() {
        if (follower != null) {
            follower.shutdown();
            follower = null;
        }
    }

    private void setState(State newState) {
        state = newState;
        onState.accept(newState);
    }

    @Override
    public synchronized void close() {
        stopFollower();
    }

    /** The thread that owns the consumer (a consumer is not thread-safe: only this thread touches it). */
    private final class Follower extends Thread {

        private final String topic;
        private final KafkaConsumer<byte[], byte[]> consumer;
        private volatile boolean running = true;

        Follower(String topic) {
            super("record-tail-" + topic);
            setDaemon(true);
            this.topic = topic;
            Properties config = new Properties();
            config.putAll(clientConfig);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "classroom-ui-tail");
            // No group.id: this consumer assigns partitions itself and can commit nothing (read-only view).
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            // Looking at a topic must never create it again after it was deleted.
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }

        void shutdown() {
            running = false;
            consumer.wakeup();
        }

        @Override
        public void run() {
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                if (partitions.isEmpty()) {
                    stopWith("Topic " + topic + " does not exist (any more). Pick another topic.");
                    return;
                }
                consumer.assign(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
                Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, Duration.ofSeconds(5));
                partitions.forEach(partition -> consumer.seek(partition,
                        Math.max(starts.get(partition), ends.get(partition) - BACKLOG)));
                // Records a poll returns just after the pause are held back until the resume.
                List<Line> held = new ArrayList<>();
                while (running) {
                    if (state.paused()) {
                        consumer.pause(partitions);
                    } else {
                        consumer.resume(partitions);
                    }
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                    records.forEach(record -> held.add(line(record)));
                    if (!held.isEmpty() && !state.paused()) {
                        onRecords.accept(List.copyOf(held));
                        held.clear();
                    }
                }
            } catch (WakeupException stopped) {
                // shutdown() asked this thread to end.
            } catch (UnknownTopicOrPartitionException e) {
                stopWith("Topic " + topic + " was deleted while it was followed. Pick another topic.");
            } catch (KafkaException e) {
                // A broker gone, a refused client: say so instead of retrying forever.
                stopWith("The tail of " + topic + " stopped: " + e.getMessage());
            } finally {
                consumer.close();
            }
        }

        private void stopWith(String why) {
            synchronized (RecordTail.this) {
                if (follower == this) {
                    follower = null;
                    setState(new RecordTail.State(null, false, why));
                }
            }
        }
    }

    private static Line line(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), text(header.value()));
        }
        return new Line(record.topic(), record.partition(), record.offset(), record.timestamp(), text(record.key()),
                text(record.value()), headers);
    }

    /** UTF-8 text as it is; anything else (Avro, compressed bytes) as hex, so the page never shows garbage. */
    static String text(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
    }
}
