package dev.kafkalabs.lab07.solution;

import dev.kafkalabs.lab07.OutageSender;
import dev.kafkalabs.lab07.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 7.3: a sender that only calls a record written when enough replicas have it, and keeps every other
 * record to send again once the cluster has recovered.
 * {@code ./labs run 7.3 --starter} also runs your 7.1 {@code ReplicatedTopic} and 7.2
 * {@code AcksProducer}: do those first.
 */
public final class DurableSender implements OutageSender {

    /** How long past the delivery timeout to wait for the producer's own verdict. */
    private static final Duration GRACE = Duration.ofSeconds(10);

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
        Properties settings = new Properties();
        // Durable means acknowledged by the in-sync replicas, and the topic's min.insync.replicas makes
        // the leader refuse a write it cannot give enough copies.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // The refusal (NotEnoughReplicas) is retriable: the producer retries it until the delivery timeout.
        // Bound that, so that the caller hears about an outage in seconds instead of two minutes.
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        // The delivery timeout must cover linger.ms + request.timeout.ms.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis() / 2);
        return settings;
    }

    @Override
    public Verdict send(String topic, long number) {
        try {
            producer.send(new ProducerRecord<>(topic, number, "record-" + number))
                    .get(deliveryTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return Verdict.ACKNOWLEDGED;
        } catch (ExecutionException e) {
            // Not written durably: keep the record, to send it again when the replicas are back.
            parked.add(number);
            return notDurable(e.getCause()) ? Verdict.NOT_DURABLE : Verdict.FAILED;
        } catch (TimeoutException e) {
            parked.add(number);
            return Verdict.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parked.add(number);
            return Verdict.FAILED;
        }
    }

    /**
     * Too few in-sync replicas: refused outright, refused after the leader had written it, or (the
     * refusal being retriable) retried until the delivery timeout ran out.
     */
    private static boolean notDurable(Throwable failure) {
        return failure instanceof NotEnoughReplicasException
                || failure instanceof NotEnoughReplicasAfterAppendException
                || failure instanceof org.apache.kafka.common.errors.TimeoutException;
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
