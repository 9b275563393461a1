package dev.kafkalabs.lab07.starter;

import dev.kafkalabs.lab07.OutageSender;
import dev.kafkalabs.lab07.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 7.3: a sender that only calls a record written when enough replicas have it, and keeps every other
 * record to send again once the cluster has recovered.
 * {@code ./labs run 7.3 --starter} also runs your 7.1 {@code ReplicatedTopic} and 7.2
 * {@code AcksProducer}: do those first.
 */
public final class DurableSender implements OutageSender {

    private final KafkaProducer<Long, String> producer;
    private final Duration deliveryTimeout;
    private final List<Long> parked = new ArrayList<>();

    public DurableSender(Properties clientProperties, Duration deliveryTimeout) {
        this.deliveryTimeout = deliveryTimeout;
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.putAll(settings(deliveryTimeout));
        producer = new KafkaProducer<>(properties, new LongSerializer(), new StringSerializer());
    }

    /** Producer settings: durable writes, and a verdict on each within {@code deliveryTimeout}. */
    static Properties settings(Duration deliveryTimeout) {
        throw new UnsupportedOperationException("Lab 7.3: choose settings for durable writes whose failure is "
                + "reported within the delivery timeout given - ./labs hint 7.3, README 7.3");
    }

    @Override
    public Verdict send(String topic, long number) {
        throw new UnsupportedOperationException("Lab 7.3: send the record, wait for its verdict, and keep every "
                + "record that was not written durably - ./labs hint 7.3, README 7.3");
    }

    @Override
    public List<Long> parked() {
        return List.copyOf(parked);
    }

    @Override
    public int resendParked(String topic) {
        List<Long> again = List.copyOf(parked);
        parked.clear();
        int acknowledged = 0;
        for (long number : again) {
            if (send(topic, number) == Verdict.ACKNOWLEDGED) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close();
    }
}
