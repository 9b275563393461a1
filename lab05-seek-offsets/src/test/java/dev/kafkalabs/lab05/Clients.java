package dev.kafkalabs.lab05;

import dev.kafkalabs.support.junit.TestKafka;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** String clients on the checks' broker. */
final class Clients {

    private Clients() {
    }

    /** A consumer without a group, for {@code assign()}. */
    static KafkaConsumer<String, String> consumer(TestKafka kafka) {
        return consumer(kafka.clientProperties());
    }

    static KafkaConsumer<String, String> consumer(Properties properties) {
        Properties props = new Properties();
        props.putAll(properties);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    static KafkaProducer<String, String> producer(TestKafka kafka) {
        return producer(kafka.clientProperties());
    }

    static KafkaProducer<String, String> producer(Properties properties) {
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
