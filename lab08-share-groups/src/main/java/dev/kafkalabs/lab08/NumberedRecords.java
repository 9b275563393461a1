package dev.kafkalabs.lab08;

import dev.kafkalabs.support.KafkaBootstrap;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** The work items of this lab: records whose value is {@code job-N}, N = 0, 1, 2, ... */
public final class NumberedRecords {

    private static final String PREFIX = "job-";

    private NumberedRecords() {
    }

    /** Writes jobs {@code 0 .. count-1} to {@code topic} and waits until the broker has them all. */
    public static void produce(String topic, int count) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            Future<RecordMetadata> last = null;
            for (int i = 0; i < count; i++) {
                last = producer.send(new ProducerRecord<>(topic, null, PREFIX + i));
            }
            producer.flush();
            if (last != null) {
                // One partition, sent in order: when the last one is stored, all are (or it fails too).
                last.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write the jobs to " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the jobs to " + topic, e);
        }
    }

    /** The job number of a record. */
    public static long number(ConsumerRecord<String, String> record) {
        String value = record.value();
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a job record: " + value);
        }
        return Long.parseLong(value.substring(PREFIX.length()));
    }
}
