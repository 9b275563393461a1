package dev.kafkalabs.lab03.mutants.not_closed;

import dev.kafkalabs.lab03.GreetingSender;
import dev.kafkalabs.support.KafkaBootstrap;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 3.1 - a simple producer: records with {@code Integer} keys and {@code String} values. Greeting
 * {@code i} has key {@code i % 5}, so the records of one key all go to one partition, in order.
 */
public final class SimpleProducer implements GreetingSender {

    static final int DISTINCT_KEYS = 5;

    @Override
    public void send(String topic, long count) {
        Properties props = KafkaBootstrap.clientProperties();
        // Names this client in the broker's logs and metrics.
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "SimpleProducer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, IntegerSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);

        Producer<Integer, String> producer = new KafkaProducer<>(props);
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, i % DISTINCT_KEYS, greeting(i)));
        }
    }

    static String greeting(int i) {
        return "Hello Kafka #" + i;
    }
}
