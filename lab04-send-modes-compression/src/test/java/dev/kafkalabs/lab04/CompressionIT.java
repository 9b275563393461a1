package dev.kafkalabs.lab04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.kafkalabs.lab04.demo.BenchTopics;
import dev.kafkalabs.lab04.solution.CompressedProducers;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lab 4.2: with each codec the broker stores batches compressed with that codec, a consumer reads back
 * exactly the bytes sent, the producer's compression-rate-avg tells how well it went, and clickstream
 * JSON takes less space with gzip and zstd than without compression.
 */
@ExerciseCheck("4.2")
class CompressionIT {

    private static final int RECORDS = 2_000;
    private static final Payloads JSON = Payloads.clickstreamJson(RECORDS, 3);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Codec.class)
    void consumerReadsBackExactlyTheBytesSent(Codec codec, TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab04-" + codec.configValue(), 1);
        CompressingProducers producers = producers();

        double compressionRate = produce(producers, kafka, topic, codec);

        List<String> stored = kafka.readAll(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), RECORDS,
                Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(CompressionIT::text).toList();
        List<String> sent = IntStream.range(0, RECORDS).mapToObj(i -> text(JSON.get(i))).toList();
        assertThat(stored).as("values read back from %s (compression.type=%s), in order", topic, codec.configValue())
                .isEqualTo(sent);
        assertThat(compressionRate).as("compressionRate with %s is %s: compression-rate-avg is compressed size / "
                + "uncompressed size, between 0 and 1, not its inverse", codec.configValue(), compressionRate)
                .isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        if (codec == Codec.NONE) {
            assertThat(compressionRate).as("compression-rate-avg with codec none is %s, not 1.0: the producer "
                    + "compressed with a codec other than the one asked for", compressionRate).isEqualTo(1.0);
        } else {
            assertThat(compressionRate).as("compression-rate-avg with %s on JSON is %s: at 1.0 (or near it) the "
                    + "producer did not compress - is the codec set on the producer?", codec.configValue(),
                    compressionRate).isLessThan(0.9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Codec.class)
    void brokerStoresEveryBatchWithTheCodec(Codec codec, TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab04-" + codec.configValue(), 1);

        produce(producers(), kafka, topic, codec);

        Optional<List<String>> batchCodecs = LogSegments.batchCodecs(kafka.admin(), topic);
        assumeThat(batchCodecs).as("the broker's log directory is readable from here (not so for a broker in a "
                + "container): only then can the stored batches be inspected").isPresent();
        assertThat(batchCodecs.get()).as("compression type of each record batch stored in %s: every batch must "
                + "carry the codec asked for (%s); 'none' means the producer did not compress", topic,
                codec.configValue()).isNotEmpty().containsOnly(codec.configValue());
    }

    @Test
    void jsonTakesFewerBytesWithGzipAndZstdThanWithoutCompression(TestKafka kafka) throws Exception {
        CompressingProducers producers = producers();
        long none = storedBytes(producers, kafka, Codec.NONE);
        long gzip = storedBytes(producers, kafka, Codec.GZIP);
        long zstd = storedBytes(producers, kafka, Codec.ZSTD);

        assertThat(gzip).as("bytes stored for %d JSON records with gzip (none: %d)", RECORDS, none).isLessThan(none);
        assertThat(zstd).as("bytes stored for %d JSON records with zstd (none: %d)", RECORDS, none).isLessThan(none);
    }

    private static CompressingProducers producers() {
        return Variant.current().instantiate(CompressingProducers.class, CompressedProducers.class);
    }

    private static long storedBytes(CompressingProducers producers, TestKafka kafka, Codec codec) throws Exception {
        String topic = kafka.createTopic("lab04-size-" + codec.configValue(), 1);
        produce(producers, kafka, topic, codec);
        return new BenchTopics(kafka.admin()).storedBytes(topic);
    }

    /** Sends the JSON records with a producer made for {@code codec}; returns its compression-rate-avg. */
    private static double produce(CompressingProducers producers, TestKafka kafka, String topic, Codec codec)
            throws Exception {
        Properties base = kafka.clientProperties();
        base.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.uniqueName("lab04-check-" + codec.configValue()));
        try (Producer<byte[], byte[]> producer = producers.create(base, codec)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                sends.add(producer.send(new ProducerRecord<>(topic, JSON.get(i))));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
            return producers.compressionRate(producer);
        }
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
