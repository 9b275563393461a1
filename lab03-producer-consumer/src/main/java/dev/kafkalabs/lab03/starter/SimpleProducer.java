package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 3.1 - a simple producer: {@code --count} records with {@code Integer} keys and {@code String}
 * values. Record {@code i} has key {@code i % 5} and value {@code "Hello Kafka #i"}.
 */
public final class SimpleProducer {

    static final String USAGE = "SimpleProducer [--topic TOPIC] [--count N]";
    static final int DISTINCT_KEYS = 5;

    private SimpleProducer() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "count"), List.of());
        String topic = args.value("topic", "lab03-simple");
        long count = args.positive("count", 10, 1);

        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "SimpleProducer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, IntegerSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);

        try (Producer<Integer, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                int key = i % DISTINCT_KEYS;
                String value = "Hello Kafka #" + i;
                throw new UnsupportedOperationException("Lab 3.1: build a ProducerRecord<Integer, String> for "
                        + "topic, key and value, and send it with producer.send(...) - see "
                        + "lab03-producer-consumer/README.md section 3.1");
            }
        }
        System.out.printf("Sent %d records to '%s' (keys 0..%d).%n", count, topic, Math.min(count, DISTINCT_KEYS) - 1);
    }
}
