package dev.kafkalabs.lab07.starter;

import dev.kafkalabs.lab07.AckingProducer;
import dev.kafkalabs.lab07.Guarantee;
import java.util.Properties;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
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
        throw new UnsupportedOperationException("Lab 7.2: choose the producer settings that give each row of the "
                + "acks table its promise, the replicated one across a leader crash - ./labs hint 7.2, README 7.2");
    }

    @Override
    public void send(String topic, long number) {
        throw new UnsupportedOperationException("Lab 7.2: send the numbered record without waiting and put it in "
                + "the ledger only if the cluster acknowledged it - ./labs hint 7.2, README 7.2");
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
