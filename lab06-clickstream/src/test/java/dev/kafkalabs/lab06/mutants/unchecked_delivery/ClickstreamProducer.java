package dev.kafkalabs.lab06.mutants.unchecked_delivery;

import dev.kafkalabs.lab06.EventSender;
import dev.kafkalabs.lab06.SendFailures;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.clicks.ClickEvent;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lab 6.1 - the click-stream producer. Every event goes out keyed by its domain (all of one domain's
 * events land in one partition, in order), stamped with the time it happened, and the run is not done
 * until the broker has acknowledged every one of them.
 */
public final class ClickstreamProducer implements EventSender {

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    /** One callback for every send: it keeps the first failure, so that the run can end with it. */
    private final SendFailures failures = new SendFailures("events");

    public ClickstreamProducer(String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(config());
    }

    static Properties config() {
        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ClickstreamProducer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Values are bytes: generated events are already JSON, replayed lines must go out unchanged.
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Bigger batches, filled for a little longer: far fewer requests per event at high rates.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return props;
    }

    @Override
    public void send(byte[] value, ClickEvent event) {
        byte[] domain = event == null ? null : event.domain().getBytes(StandardCharsets.UTF_8);
        Long happenedAt = event == null ? null : event.timestamp();
        producer.send(new ProducerRecord<>(topic, null, happenedAt, domain, value), failures);
    }

    @Override
    public void awaitDelivery() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
