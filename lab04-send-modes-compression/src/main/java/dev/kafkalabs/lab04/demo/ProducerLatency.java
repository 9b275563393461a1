package dev.kafkalabs.lab04.demo;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Where a record's send-to-answer time went, as the producer itself measured it (no work per record on
 * our side): {@code record-queue-time-avg}, how long records waited in the producer's buffer before their
 * batch left (for {@code linger.ms}, or behind other batches), and {@code request-latency-avg}, how long
 * the broker took to answer a produce request. Both are averages over the producer's recent requests,
 * read over JMX, the way monitoring tools see them.
 */
public record ProducerLatency(double queueMs, double requestMs) {

    /** The figures of the open producer whose {@code client.id} is {@code clientId}; NaN where not found. */
    public static ProducerLatency of(String clientId) {
        return new ProducerLatency(metric(clientId, "record-queue-time-avg"), metric(clientId, "request-latency-avg"));
    }

    private static double metric(String clientId, String name) {
        try {
            Object value = ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new ObjectName("kafka.producer:type=producer-metrics,client-id=" + clientId), name);
            return value instanceof Number number ? number.doubleValue() : Double.NaN;
        } catch (JMException e) {
            return Double.NaN;
        }
    }
}
