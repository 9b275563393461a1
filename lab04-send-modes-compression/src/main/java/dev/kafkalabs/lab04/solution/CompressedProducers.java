package dev.kafkalabs.lab04.solution;

import dev.kafkalabs.lab04.Codec;
import dev.kafkalabs.lab04.CompressingProducers;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Lab 4.2 - producers that compress. The producer compresses whole batches (the more similar records
 * a batch holds, the better), the broker stores the batches as they are, and the consumer decompresses
 * them: nothing else in the application changes.
 * {@code ./labs run 4.2 --starter} sends with your 4.1 {@code AsyncMode}: do 4.1 first.
 */
public final class CompressedProducers implements CompressingProducers {

    @Override
    public Producer<byte[], byte[]> create(Properties base, Codec codec) {
        Properties props = new Properties();
        props.putAll(base);
        compressWith(props, codec);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Makes the producer compress every batch with {@code codec}. */
    private static void compressWith(Properties props, Codec codec) {
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec.configValue());
    }

    @Override
    public double compressionRate(Producer<byte[], byte[]> producer) {
        for (Map.Entry<MetricName, ? extends Metric> metric : producer.metrics().entrySet()) {
            MetricName name = metric.getKey();
            if (name.group().equals("producer-metrics") && name.name().equals("compression-rate-avg")) {
                return ((Number) metric.getValue().metricValue()).doubleValue();
            }
        }
        throw new IllegalStateException("The producer has no producer-metrics/compression-rate-avg metric");
    }
}
