package dev.kafkalabs.lab06;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab06.solution.StreamsDomainCounter;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 6.3 topology's logic, without a broker: Kafka's TopologyTestDriver runs it record by record. */
@ExerciseCheck("6.3")
class StreamsDomainCounterTopologyIT {

    private static final String INPUT = "clicks";
    private static final String OUTPUT = "counts";
    private static final String DEAD_LETTERS = "dead-letters";

    @TempDir
    Path stateDir;

    @Test
    void theApplicationIsConfiguredForExactlyOnce() {
        Properties config = app().streamsConfig();

        assertThat(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).as(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(String.valueOf(config.get(StreamsConfig.REPLICATION_FACTOR_CONFIG)))
                .as("%s on the one-node workbook broker", StreamsConfig.REPLICATION_FACTOR_CONFIG).isEqualTo("1");
    }

    @Test
    void countsEventsPerDomainAndDeadLettersMalformedRecordsWithTheError() {
        StreamsApp app = app();
        List<byte[]> events = Clickstreams.generated(21, 500);
        Map<String, byte[]> malformed = MalformedSamples.all();
        Properties config = app.streamsConfig();
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

        try (TopologyTestDriver driver = new TopologyTestDriver(app.topology(), config)) {
            TestInputTopic<byte[], byte[]> input = driver.createInputTopic(INPUT, new ByteArraySerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, Long> counts = driver.createOutputTopic(OUTPUT, new StringDeserializer(),
                    new LongDeserializer());
            TestOutputTopic<byte[], byte[]> letters = driver.createOutputTopic(DEAD_LETTERS, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            Clickstreams.mixed(events, List.copyOf(malformed.values())).forEach(input::pipeInput);

            assertThat(counts.readKeyValuesToMap()).as("latest count per domain in %s", OUTPUT)
                    .isEqualTo(CountResult.of(events).counts());
            List<TestRecord<byte[], byte[]>> deadLetters = letters.readRecordsToList();
            assertThat(deadLetters).extracting(record -> text(record.value()))
                    .as("values in %s: every malformed record, unchanged, in order", DEAD_LETTERS)
                    .containsExactlyElementsOf(malformed.values().stream().map(StreamsDomainCounterTopologyIT::text).toList());
            assertThat(deadLetters).extracting(record -> DeadLetters.header(record.headers(), DeadLetters.ERROR_HEADER))
                    .as("'%s' headers of the dead letters", DeadLetters.ERROR_HEADER)
                    .containsExactlyElementsOf(malformed.values().stream().map(value -> ClickEvents.read(value).error()).toList());
        }
    }

    private StreamsApp app() {
        return Variant.current().instantiate(StreamsApp.class, StreamsDomainCounter.class, new CounterOptions()
                .topic(INPUT).outputTopic(OUTPUT).deadLetterTopic(DEAD_LETTERS).group("topology-test")
                .stateDir(stateDir));
    }

    private static String text(byte[] value) {
        return value == null ? "<null>" : new String(value, StandardCharsets.ISO_8859_1);
    }
}
