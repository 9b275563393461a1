package dev.kafkalabs.lab04;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What one benchmark run sends: {@code count} records to {@code topic}, record {@code i} carrying
 * payload {@code i}, and no key - exactly what Kafka's {@code ProducerPerformance} sends.
 */
public record SendJob(String topic, Payloads payloads, int count) {

    /** A new record for index {@code i}, built the way every send mode builds it. */
    public ProducerRecord<byte[], byte[]> record(int i) {
        return new ProducerRecord<>(topic, payloads.get(i));
    }
}
