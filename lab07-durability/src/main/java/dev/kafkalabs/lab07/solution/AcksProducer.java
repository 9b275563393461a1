package dev.kafkalabs.lab07.solution;

import dev.kafkalabs.lab07.AckingProducer;
import dev.kafkalabs.lab07.Guarantee;
import java.util.Properties;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 7.2: the producer settings behind each row of the acks table, and a ledger of what was acknowledged.
 * {@code ./labs run 7.2 --starter} creates its topics with your 7.1 {@code ReplicatedTopic}: do 7.1 first.
 */
public final class AcksProducer implements AckingProducer {

    private final KafkaProducer<Long, String> producer;
    private final SortedSet<Long> acknowledged = new ConcurrentSkipListSet<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<Exception> lastFailure = new AtomicReference<>();

    public AcksProducer(Properties clientProperties, Guarantee guarantee) {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.putAll(settings(guarantee));
        producer = new KafkaProducer<>(properties, new LongSerializer(), new StringSerializer());
    }

    /** The producer settings that give {@code guarantee}. */
    static Properties settings(Guarantee guarantee) {
        Properties settings = new Properties();
        switch (guarantee) {
            // Nobody answers: the producer cannot know whether a record arrived (idempotence needs
            // answers, so it is off).
            case NONE -> settings.put(ProducerConfig.ACKS_CONFIG, "0");
            // The leader answers once the record is in its own log; the followers may not have it yet.
            case LEAD_BROKER -> settings.put(ProducerConfig.ACKS_CONFIG, "1");
            case REPLICATED -> {
                // The leader answers once every in-sync replica has the record (at least
                // min.insync.replicas of them, or it refuses the write).
                settings.put(ProducerConfig.ACKS_CONFIG, "all");
                // Retries (left at their default: until delivery.timeout.ms) carry a send across a leader
                // change; idempotence makes those retries write each record once.
                settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            }
            default -> throw new IllegalArgumentException("No settings for " + guarantee);
        }
        return settings;
    }

    @Override
    public void send(String topic, long number) {
        producer.send(new ProducerRecord<>(topic, number, "record-" + number), (metadata, exception) -> {
            // Only a send without an exception was acknowledged; a failed one is counted, never ledgered.
            if (exception == null) {
                acknowledged.add(number);
            } else {
                failures.incrementAndGet();
                lastFailure.set(exception);
            }
        });
    }

    @Override
    public SortedSet<Long> acknowledged() {
        return acknowledged;
    }

    @Override
    public long failures() {
        return failures.get();
    }

    @Override
    public Exception lastFailure() {
        return lastFailure.get();
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
