package dev.kafkalabs.lab06;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab06.solution.ClickstreamProducer;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("6.1")
class ClickstreamProducerIT {

    private static final int COUNT = 3_000;
    private static final long SEED = 7;

    @Test
    void aSeededRunSendsTheSeedsEventsAndPrintsTheirCountsAsGroundTruth(TestKafka kafka) throws Exception {
        String topic = kafka.uniqueName("lab06-generated");

        String stdout = Clickstreams.stdoutOf(() -> MainRunner.run(Variant.current().resolve(ClickstreamProducer.class),
                "--count", String.valueOf(COUNT), "--seed", String.valueOf(SEED), "--topic", topic, "--json"));
        List<byte[]> sent = values(kafka.readAll(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                COUNT, Duration.ofSeconds(30)));

        List<byte[]> expected = Clickstreams.generated(SEED, COUNT);
        CountResult truth = CountResult.of(expected);
        assertThat(sent).as("records in %s after --count %d", topic, COUNT).hasSize(COUNT);
        assertThat(texts(sent)).as("the events in %s (any order across partitions) are the seed's events", topic)
                .containsExactlyInAnyOrderElementsOf(texts(expected));
        assertThat(CountResult.fromJson(lastLine(stdout)))
                .as("the ground truth printed with --json (last stdout line)").isEqualTo(truth);
        assertThat(truth.ranked().get(0).getValue()).as("the busiest domain's share: traffic is skewed")
                .isGreaterThan(COUNT / 5L);
    }

    @Test
    void replayingAFileSendsEveryLineUnchangedMalformedOnesIncluded(TestKafka kafka, @TempDir Path dir) throws Exception {
        String topic = kafka.createTopic("lab06-replay", 1);
        List<byte[]> lines = Clickstreams.mixed(Clickstreams.generated(SEED, 50),
                List.copyOf(MalformedSamples.textLines().values()));
        Path file = dir.resolve("events.jsonl");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            content.write(line);
            content.write('\n');
        }
        Files.write(file, content.toByteArray());

        MainRunner.run(Variant.current().resolve(ClickstreamProducer.class),
                "--from-file", file.toString(), "--topic", topic);
        List<byte[]> sent = values(kafka.readAll(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                lines.size(), Duration.ofSeconds(30)));

        assertThat(texts(sent)).as("records in the one-partition topic %s, in file order, byte for byte", topic)
                .containsExactlyElementsOf(texts(lines));
    }

    private static List<byte[]> values(List<ConsumerRecord<byte[], byte[]>> records) {
        List<byte[]> values = new ArrayList<>();
        records.forEach(record -> values.add(record.value()));
        return values;
    }

    /** Byte arrays compare by identity; ISO-8859-1 text maps every byte to one char, so it compares their content. */
    private static List<String> texts(List<byte[]> values) {
        return values.stream().map(value -> new String(value, StandardCharsets.ISO_8859_1)).toList();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
