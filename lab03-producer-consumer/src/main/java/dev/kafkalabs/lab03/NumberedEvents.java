package dev.kafkalabs.lab03;

import dev.kafkalabs.support.KafkaBootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The input of the delivery exercises (3.4 - 3.6): events numbered 0, 1, 2, ... whose value is the number
 * itself, so that whatever processes them can report which numbers it saw and how often.
 */
public final class NumberedEvents {

    /** Keys 0..5 spread the events over the partitions. */
    public static final int DISTINCT_KEYS = 6;

    private NumberedEvents() {
    }

    /** Writes events {@code 0 .. count-1} to {@code topic} and returns once all are acknowledged. */
    public static void produce(String topic, int count) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, IntegerSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (Producer<Integer, String> producer = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int number = 0; number < count; number++) {
                acks.add(producer.send(new ProducerRecord<>(topic, number % DISTINCT_KEYS, Integer.toString(number))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write events to " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + topic, e);
        }
    }

    /** The event number carried by a value, e.g. {@code "17"} or {@code "17 processed"}. */
    public static long numberOf(String value) {
        int end = value.indexOf(' ');
        return Long.parseLong(end < 0 ? value : value.substring(0, end));
    }
}
