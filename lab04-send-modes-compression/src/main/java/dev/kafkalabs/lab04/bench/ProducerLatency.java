package dev.kafkalabs.lab04.bench;

import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Where a record's send-to-answer time went, as the producer itself measured it (no work per record on
 * our side): {@code record-queue-time-avg}, how long records waited in the producer's buffer before their
 * batch left (for {@code linger.ms}, or behind other batches), and {@code request-latency-avg}, how long
 * the broker took to answer a produce request. Both are averages over the producer's recent requests.
 */
public record ProducerLatency(double queueMs, double requestMs) {

    public static ProducerLatency of(Producer<?, ?> producer) {
        return new ProducerLatency(metric(producer, "record-queue-time-avg"), metric(producer, "request-latency-avg"));
    }

    private static double metric(Producer<?, ?> producer, String name) {
        for (Map.Entry<MetricName, ? extends Metric> metric : producer.metrics().entrySet()) {
            if (metric.getKey().group().equals("producer-metrics") && metric.getKey().name().equals(name)) {
                return ((Number) metric.getValue().metricValue()).doubleValue();
            }
        }
        return Double.NaN;
    }
}
