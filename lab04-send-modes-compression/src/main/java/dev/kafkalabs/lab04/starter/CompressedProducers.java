package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.Codec;
import dev.kafkalabs.lab04.CompressingProducers;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
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
        throw new UnsupportedOperationException("Lab 4.2: make the producer compress its batches with the codec "
                + "asked for - ./labs hint 4.2, README 4.2");
    }

    @Override
    public double compressionRate(Producer<byte[], byte[]> producer) {
        throw new UnsupportedOperationException("Lab 4.2: return the producer's own measure of how much its batches "
                + "shrank (compressed size / uncompressed size) - ./labs hint 4.2, README 4.2");
    }
}
