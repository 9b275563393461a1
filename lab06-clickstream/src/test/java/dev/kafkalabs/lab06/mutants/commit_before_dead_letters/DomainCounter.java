package dev.kafkalabs.lab06.mutants.commit_before_dead_letters;

import dev.kafkalabs.lab06.LiveCounter;
import dev.kafkalabs.lab06.SendFailures;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.ParsedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lab 6.2 - a running count of events per domain with a plain consumer, at-least-once: the offsets of a
 * batch are committed only once its events are counted and its malformed records are safely stored in
 * the dead-letter topic.
 */
public final class DomainCounter implements LiveCounter {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final String topic;
    private final String deadLetterTopic;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetterProducer;
    /** One callback for every dead letter: it keeps the first failure. */
    private final SendFailures deadLetterFailures = new SendFailures("dead letters");
    /** Concurrent: the program prints tables from another thread while the loop counts. */
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final AtomicLong malformed = new AtomicLong();

    public DomainCounter(CounterOptions options) {
        this.topic = options.topic();
        this.deadLetterTopic = options.deadLetterTopic();
        this.consumer = new KafkaConsumer<>(consumerConfig(options));
        this.deadLetterProducer = new KafkaProducer<>(deadLetterProducerConfig());
    }

    static Properties consumerConfig(CounterOptions options) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, options.group());
        // Names this client in the broker's logs and metrics.
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "DomainCounter");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // Bytes, not Strings: a malformed record must reach the dead-letter topic exactly as it came.
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        commitPolicy(props);
        // A new group starts at the end of the topic unless asked to count everything.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, options.fromBeginning() ? "earliest" : "latest");
        // Bigger batches per poll: one commit covers more records when the stream is fast.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return props;
    }

    /** Who commits the offsets, and so when: the loop in {@link #run()} decides that. */
    static void commitPolicy(Properties props) {
        // At-least-once: only the loop commits, after counting and storing the dead letters, never before.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    private static Properties deadLetterProducerConfig() {
        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "DomainCounter-dead-letters");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    /**
     * Polls, counts, dead-letters and commits, batch after batch, until {@link #stop()}; then closes the
     * clients and returns the final counts.
     */
    @Override
    public CountResult run() {
        consumer.subscribe(List.of(topic));
        try {
            while (true) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    ParsedEvent parsed = ClickEvents.read(record.value());
                    if (parsed.isValid()) {
                        counts.merge(parsed.event().domain(), 1L, Long::sum);
                    } else {
                        deadLetter(record, parsed.error());
                        malformed.incrementAndGet();
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                    deadLetterProducer.flush();
                    deadLetterFailures.throwIfFailed();
                }
            }
        } catch (WakeupException stopRequested) {
            // stop() woke up the blocked poll: everything counted so far is committed.
        } finally {
            // Leaves the group at once, so that the partitions move on without waiting for a session timeout.
            consumer.close();
            deadLetterProducer.close();
        }
        return soFar();
    }

    /** Passes the record on unchanged, with why it was rejected and where it came from in the headers. */
    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String error) {
        deadLetterProducer.send(new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(),
                DeadLetters.headers(record.headers(), error, record.topic(), record.partition(), record.offset())),
                deadLetterFailures);
    }

    /** Ends {@link #run()}; called from another thread (Ctrl-C's shutdown hook, the program's idle watch). */
    @Override
    public void stop() {
        consumer.wakeup();
    }

    @Override
    public CountResult soFar() {
        return new CountResult(counts, malformed.get());
    }
}
