package dev.kafkalabs.lab04;

import java.util.Properties;
import org.apache.kafka.clients.producer.Producer;

/** Lab 4.2's contract: producers that compress with a chosen codec, and what they say about it. */
public interface CompressingProducers {

    /**
     * A producer of byte arrays that compresses every batch with {@code codec}.
     *
     * @param base the settings to start from (bootstrap servers and the benchmark's own settings)
     */
    Producer<byte[], byte[]> create(Properties base, Codec codec);

    /**
     * The producer's {@code compression-rate-avg} metric: the average, over its recent batches, of
     * compressed size / uncompressed size (1.0 without compression; 0.25 means 4x smaller).
     */
    double compressionRate(Producer<byte[], byte[]> producer);
}
