package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.InsightsProgram;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.clicks.TopicReader;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("6.4")
class DomainInsightsIT {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    @TempDir
    Path stateDir;

    @Test
    void breaksDownActionsWithClickThroughRatioAndCountsPerWindow() throws Exception {
        List<byte[]> values = lateArrivals(Clickstreams.mixed(Clickstreams.generated(41, 2_000),
                List.copyOf(MalformedSamples.all().values())));
        StreamsApp app = app(new CounterOptions().topic("clicks").outputTopic("actions").windowOutputTopic("windows")
                .deadLetterTopic("dead-letters").group("insights-topology-test"));
        // The topology first: it holds this exercise's code (the configuration uses 6.3's guarantee).
        Topology topology = app.topology();
        Properties config = app.streamsConfig();
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, config)) {
            TestInputTopic<byte[], byte[]> input = driver.createInputTopic("clicks", new ByteArraySerializer(),
                    new ByteArraySerializer());
            values.forEach(input::pipeInput);
            Map<String, String> actionsJson = driver.createOutputTopic("actions", new StringDeserializer(),
                    new StringDeserializer()).readKeyValuesToMap();
            Map<String, Long> windows = driver.createOutputTopic("windows", new StringDeserializer(),
                    new LongDeserializer()).readKeyValuesToMap();

            Map<String, ActionStats> expected = Insights.actionsPerDomain(values);
            JsonMapper json = new JsonMapper();
            assertThat(actionsJson.keySet()).as("domains in the actions topic").isEqualTo(expected.keySet());
            for (Map.Entry<String, String> entry : actionsJson.entrySet()) {
                ActionStats stats = expected.get(entry.getKey());
                JsonNode actual = json.readTree(entry.getValue());
                assertThat(json.treeToValue(actual, ActionStats.class))
                        .as("actions of %s: the breakdown must add up all of the domain's events (the aggregator adds "
                                + "each event to the running value)", entry.getKey()).isEqualTo(stats);
                assertThat(actual.path("ctr").asDouble()).as("click-through ratio of %s (clicked / viewed) in %s",
                        entry.getKey(), entry.getValue()).isEqualTo((double) stats.clicked() / stats.viewed());
            }
            assertThat(windows).as("counts per domain and %s window (latest value per key), with some events arriving "
                            + "late: within the grace period a late event must still count in its window, and windows "
                            + "are tumbling (each event counts in exactly one)", WINDOW)
                    .isEqualTo(Insights.countsPerWindow(values, WINDOW));
        }
    }

    @Test
    void producesTheSameResultsOnTheBroker(TestKafka kafka) throws Exception {
        // One partition: events stay in time order, so none arrives after its window closed.
        String input = kafka.createTopic("lab06-insights-in", 1);
        String actions = kafka.uniqueName("lab06-actions");
        String windows = kafka.uniqueName("lab06-windows");
        List<byte[]> values = Clickstreams.mixed(Clickstreams.generated(42, 3_000),
                List.copyOf(MalformedSamples.all().values()));
        Clickstreams.send(kafka, input, values);

        CountResult result = app(new CounterOptions().topic(input).outputTopic(actions).windowOutputTopic(windows)
                .deadLetterTopic(kafka.uniqueName("lab06-dlq")).group(kafka.uniqueName("lab06-insights"))
                .stateDir(stateDir).fromBeginning(true).exitWhenIdle(Duration.ofSeconds(5))).run();

        assertThat(result).as("events per domain and malformed records").isEqualTo(CountResult.of(values));
        assertThat(TopicReader.latestValues(actions, new StringDeserializer(), JsonSerde.of(ActionStats.class).deserializer()))
                .as("committed action breakdown in %s", actions).isEqualTo(Insights.actionsPerDomain(values));
        assertThat(TopicReader.latestValues(windows, new StringDeserializer(), new LongDeserializer()))
                .as("committed counts per %s window in %s", WINDOW, windows)
                .isEqualTo(Insights.countsPerWindow(values, WINDOW));
    }

    /**
     * {@code values} with every 50th one held back and sent after the next 400 (about 20 s of event time
     * later): late, but well within the grace period.
     */
    private static List<byte[]> lateArrivals(List<byte[]> values) {
        List<byte[]> reordered = new ArrayList<>();
        List<byte[]> heldBack = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (i % 50 == 0) {
                heldBack.add(values.get(i));
            } else {
                reordered.add(values.get(i));
            }
            if (i % 400 == 399) {
                reordered.addAll(heldBack);
                heldBack.clear();
            }
        }
        reordered.addAll(heldBack);
        return reordered;
    }

    private StreamsApp app(CounterOptions options) {
        return new InsightsProgram(options.stateDir(stateDir).window(WINDOW));
    }
}
