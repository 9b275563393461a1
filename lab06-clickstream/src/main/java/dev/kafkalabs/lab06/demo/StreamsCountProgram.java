package dev.kafkalabs.lab06.demo;

import dev.kafkalabs.lab06.ClickTopology;
import dev.kafkalabs.lab06.DomainCountTopology;
import dev.kafkalabs.lab06.ProcessingProgress;
import dev.kafkalabs.lab06.StreamsApp;
import dev.kafkalabs.lab06.StreamsRunner;
import dev.kafkalabs.lab06.StreamsSettings;
import dev.kafkalabs.lab06.solution.StreamsDomainCounter;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CountTable;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import dev.kafkalabs.support.clicks.ParsedEvent;
import dev.kafkalabs.support.clicks.TopicReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The 6.3 program ({@code ./labs run 6.3}): builds the topology around the exercise's
 * {@link StreamsDomainCounter} (the starter's or the solution's, see {@link Variant}) - parse, count per
 * domain, write every new count to the compacted output topic, dead-letter the malformed records - runs
 * it, shows live tables from the state store, and at the end reads the committed results back.
 */
public final class StreamsCountProgram implements StreamsApp {

    static final String USAGE = "./labs run 6.3 -- [--topic T] [--output-topic T] [--dead-letter-topic T] "
            + "[--application-id ID] [--state-dir DIR] [--from-beginning] [--exit-when-idle SECONDS] [--json] "
            + "[--top N] [--refresh SECONDS]";
    static final String DEFAULT_APPLICATION_ID = "lab06-streams-domain-counter";
    static final String DEFAULT_OUTPUT_TOPIC = "domain-counts";

    private final CounterOptions options;
    private final DomainCountTopology exercise;
    private final ProcessingProgress progress = new ProcessingProgress();
    private final StreamsRunner runner = new StreamsRunner();

    public StreamsCountProgram(CounterOptions options) {
        this.options = options;
        this.exercise = Variant.current().instantiate(DomainCountTopology.class, StreamsDomainCounter.class);
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE,
                List.of("topic", "output-topic", "dead-letter-topic", "application-id", "state-dir", "exit-when-idle",
                        "top", "refresh"),
                List.of("from-beginning", "json"));
        CounterOptions options = new CounterOptions()
                .group(DEFAULT_APPLICATION_ID)
                .outputTopic(DEFAULT_OUTPUT_TOPIC)
                .read(args);
        CounterProgram.run(new StreamsCountProgram(options), options, "Exactly-once domain counts");
    }

    @Override
    public Properties streamsConfig() {
        return StreamsSettings.of(options, exercise.processingGuarantee());
    }

    @Override
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], ParsedEvent> parsed = ClickTopology.parsedClicks(builder, options.topic(), progress);
        exercise.countPerDomain(ClickTopology.validEvents(parsed))
                .toStream()
                .peek((domain, count) -> progress.output())
                .to(options.outputTopic(), Produced.with(Serdes.String(), Serdes.Long()));
        ClickTopology.deadLetter(parsed, options.deadLetterTopic());
        return builder.build();
    }

    @Override
    public CountResult run() throws InterruptedException {
        Topics.ensureExist(ClickTopics.log(options.topic()), ClickTopics.log(options.deadLetterTopic()),
                ClickTopics.compacted(options.outputTopic()));
        runner.run(topology(), streamsConfig(), progress, options.exitWhenIdle(), options.refresh(), this::printTable);
        // What a downstream reader sees: the committed output, not this instance's memory.
        Map<String, Long> counts = TopicReader.latestValues(options.outputTopic(), new StringDeserializer(),
                new LongDeserializer());
        return new CountResult(counts, TopicReader.count(options.deadLetterTopic()));
    }

    @Override
    public void stop() {
        runner.stop();
    }

    /** The live counts, straight from the state store (interactive query); skipped while it is rebalancing. */
    private void printTable(KafkaStreams streams) {
        Map<String, Long> counts = new HashMap<>();
        try {
            ReadOnlyKeyValueStore<String, Long> store = streams.store(StoreQueryParameters.fromNameAndType(
                    DomainCountTopology.COUNTS_STORE, QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<String, Long> all = store.all()) {
                all.forEachRemaining(entry -> counts.put(entry.key, entry.value));
            }
        } catch (InvalidStateStoreException notQueryableNow) {
            return;
        }
        CounterProgram.progressStream(options).print(CountTable.render("Domain counts so far (live store)",
                new CountResult(counts, -1), options.top()));
    }
}
