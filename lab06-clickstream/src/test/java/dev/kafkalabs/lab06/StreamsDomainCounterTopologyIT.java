package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.StreamsCountProgram;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ExerciseCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
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
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 6.3 topology's logic, without a broker: Kafka's TopologyTestDriver runs the program's topology,
 * with the exercise's {@code StreamsDomainCounter} inside, record by record.
 */
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

        assertThat(config.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .as("%s: it must be %s; under %s a crash re-processes everything since the last commit, so events "
                                + "are counted twice", StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                        StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE)
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }

    /**
     * The counts run the same with any repartition topic name; what differs is the next deployment: a
     * generated name ({@code KSTREAM-...-repartition}) numbers the topology's nodes, so a changed topology
     * reads another topic and loses what the old one held.
     */
    @Test
    void theGroupingIsNamedSoItsRepartitionTopicKeepsItsNameAcrossVersions() {
        String description = app().topology().describe().toString();

        assertThat(description)
                .as("the topology's description: the repartition topic must be named after the grouping (%s-repartition),"
                        + " given with Grouped.with(name, ...) - without a name Streams generates one from the node's"
                        + " number, which changes when the topology changes", DomainCountTopology.BY_DOMAIN)
                .contains(DomainCountTopology.BY_DOMAIN + "-repartition");
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
            // No keys, as in a replayed file: the domain is only in the value.
            Clickstreams.mixed(events, List.copyOf(malformed.values())).forEach(input::pipeInput);

            Map<String, Long> truth = CountResult.of(events).counts();
            assertThat(counts.readKeyValuesToMap())
                    .as("latest count per domain in %s: the events must be grouped by the domain in their value "
                            + "(the record key is not the domain)", OUTPUT)
                    .isEqualTo(truth);
            assertThat(storeContents(driver))
                    .as("the state store '%s': it must hold the count per domain (the live table and interactive "
                            + "queries read it)", DomainCountTopology.COUNTS_STORE)
                    .isEqualTo(truth);
            List<TestRecord<byte[], byte[]>> deadLetters = letters.readRecordsToList();
            assertThat(deadLetters).extracting(record -> text(record.value()))
                    .as("values in %s: every malformed record, unchanged, in order", DEAD_LETTERS)
                    .containsExactlyElementsOf(malformed.values().stream().map(StreamsDomainCounterTopologyIT::text).toList());
            assertThat(deadLetters).extracting(record -> DeadLetters.header(record.headers(), DeadLetters.ERROR_HEADER))
                    .as("'%s' headers of the dead letters", DeadLetters.ERROR_HEADER)
                    .containsExactlyElementsOf(malformed.values().stream().map(value -> ClickEvents.read(value).error()).toList());
        }
    }

    private static Map<String, Long> storeContents(TopologyTestDriver driver) {
        Map<String, Long> contents = new HashMap<>();
        KeyValueStore<String, Long> store = driver.getKeyValueStore(DomainCountTopology.COUNTS_STORE);
        if (store != null) {
            try (var all = store.all()) {
                all.forEachRemaining(entry -> contents.put(entry.key, entry.value));
            }
        }
        return contents;
    }

    private StreamsApp app() {
        return new StreamsCountProgram(new CounterOptions()
                .topic(INPUT).outputTopic(OUTPUT).deadLetterTopic(DEAD_LETTERS).group("topology-test")
                .stateDir(stateDir));
    }

    private static String text(byte[] value) {
        return value == null ? "<null>" : new String(value, StandardCharsets.ISO_8859_1);
    }
}
