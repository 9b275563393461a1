package dev.kafkalabs.lab06.demo;

import dev.kafkalabs.lab06.ActionStats;
import dev.kafkalabs.lab06.ClickTopology;
import dev.kafkalabs.lab06.DomainCountTopology;
import dev.kafkalabs.lab06.EventTimeProcessor;
import dev.kafkalabs.lab06.InsightTables;
import dev.kafkalabs.lab06.InsightsTopology;
import dev.kafkalabs.lab06.JsonSerde;
import dev.kafkalabs.lab06.ProcessingProgress;
import dev.kafkalabs.lab06.StreamsApp;
import dev.kafkalabs.lab06.StreamsRunner;
import dev.kafkalabs.lab06.StreamsSettings;
import dev.kafkalabs.lab06.WindowKeys;
import dev.kafkalabs.lab06.solution.DomainInsights;
import dev.kafkalabs.lab06.solution.StreamsDomainCounter;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import dev.kafkalabs.support.clicks.ParsedEvent;
import dev.kafkalabs.support.clicks.TopicReader;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * The 6.4 program ({@code ./labs run 6.4}): keys the valid events by domain once (one repartition topic),
 * in event time, hands them to the exercise's {@link DomainInsights} (the starter's or the solution's, see
 * {@link Variant}) for the action breakdown and the windowed counts, writes both to their topics, and
 * shows them as tables. It runs under the processing guarantee chosen in 6.3.
 */
public final class InsightsProgram implements StreamsApp {

    static final String USAGE = "./labs run 6.4 -- [--topic T] [--output-topic T] [--window-topic T] "
            + "[--dead-letter-topic T] [--window SECONDS] [--application-id ID] [--state-dir DIR] [--from-beginning] "
            + "[--exit-when-idle SECONDS] [--top N] [--refresh SECONDS]";
    static final String DEFAULT_APPLICATION_ID = "lab06-domain-insights";
    static final String DEFAULT_OUTPUT_TOPIC = "domain-actions";
    static final String DEFAULT_WINDOW_TOPIC = "domain-window-counts";
    private static final int WINDOWS_SHOWN = 3;

    private final CounterOptions options;
    private final InsightsTopology exercise;
    private final ProcessingProgress progress = new ProcessingProgress();
    private final StreamsRunner runner = new StreamsRunner();
    private final Serde<ClickEvent> eventSerde = JsonSerde.of(ClickEvent.class);
    private final Serde<ActionStats> statsSerde = JsonSerde.of(ActionStats.class);
    private final PrintStream tables;

    public InsightsProgram(CounterOptions options) {
        this.options = options;
        this.exercise = Variant.current().instantiate(InsightsTopology.class, DomainInsights.class);
        this.tables = CounterProgram.progressStream(options);
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE,
                List.of("topic", "output-topic", "window-topic", "dead-letter-topic", "window", "application-id",
                        "state-dir", "exit-when-idle", "top", "refresh"),
                List.of("from-beginning"));
        CounterOptions options = new CounterOptions()
                .group(DEFAULT_APPLICATION_ID)
                .outputTopic(DEFAULT_OUTPUT_TOPIC)
                .windowOutputTopic(DEFAULT_WINDOW_TOPIC)
                .read(args);
        CounterProgram.run(new InsightsProgram(options), options, "Events per domain");
    }

    /** The settings of 6.3, with the processing guarantee chosen there. */
    @Override
    public Properties streamsConfig() {
        String guarantee = Variant.current().instantiate(DomainCountTopology.class, StreamsDomainCounter.class)
                .processingGuarantee();
        return StreamsSettings.of(options, guarantee);
    }

    @Override
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], ParsedEvent> parsed = ClickTopology.parsedClicks(builder, options.topic(), progress);
        ClickTopology.deadLetter(parsed, options.deadLetterTopic());

        // Event time: each record gets the time its event happened. Then key by domain once, through one
        // repartition topic that both aggregations read.
        KGroupedStream<String, ClickEvent> byDomain = ClickTopology.validEvents(parsed)
                .processValues(EventTimeProcessor<byte[]>::new)
                .selectKey((key, event) -> event.domain())
                .repartition(Repartitioned.with(Serdes.String(), eventSerde).withName("by-domain"))
                .groupByKey();

        exercise.actionsPerDomain(byDomain)
                .toStream()
                .peek((domain, stats) -> progress.output())
                .to(options.outputTopic(), Produced.with(Serdes.String(), statsSerde));
        exercise.countsPerWindow(byDomain, options.window())
                .toStream((window, count) -> WindowKeys.of(window.key(), window.window().start()))
                .peek((window, count) -> progress.output())
                .to(options.windowOutputTopic(), Produced.with(Serdes.String(), Serdes.Long()));
        return builder.build();
    }

    @Override
    public CountResult run() throws InterruptedException {
        Topics.ensureExist(ClickTopics.log(options.topic()), ClickTopics.log(options.deadLetterTopic()),
                ClickTopics.compacted(options.outputTopic()), ClickTopics.compacted(options.windowOutputTopic()));
        runner.run(topology(), streamsConfig(), progress, options.exitWhenIdle(), options.refresh(), this::printTables);

        Map<String, ActionStats> actions = TopicReader.latestValues(options.outputTopic(), new StringDeserializer(),
                statsSerde.deserializer());
        Map<String, Long> windows = TopicReader.latestValues(options.windowOutputTopic(), new StringDeserializer(),
                new LongDeserializer());
        tables.print(InsightTables.actions("Actions per domain (committed output)", actions, options.top()));
        tables.print(InsightTables.topPerWindow("Top domains per " + options.window().toSeconds() + " s window "
                + "(latest " + WINDOWS_SHOWN + ")", windows, WINDOWS_SHOWN, 3));
        Map<String, Long> totals = new HashMap<>();
        actions.forEach((domain, stats) -> totals.put(domain, stats.total()));
        return new CountResult(totals, TopicReader.count(options.deadLetterTopic()));
    }

    @Override
    public void stop() {
        runner.stop();
    }

    /** Live tables from the state stores (interactive queries); skipped while they are not queryable. */
    private void printTables(KafkaStreams streams) {
        Map<String, ActionStats> actions = new HashMap<>();
        Map<String, Long> windows = new HashMap<>();
        try {
            try (KeyValueIterator<String, ActionStats> all = streams.store(StoreQueryParameters.fromNameAndType(
                    InsightsTopology.ACTIONS_STORE, QueryableStoreTypes.<String, ActionStats>keyValueStore())).all()) {
                all.forEachRemaining(entry -> actions.put(entry.key, entry.value));
            }
            try (KeyValueIterator<Windowed<String>, Long> all = streams.store(StoreQueryParameters.fromNameAndType(
                    InsightsTopology.WINDOWS_STORE, QueryableStoreTypes.<String, Long>windowStore())).all()) {
                all.forEachRemaining((KeyValue<Windowed<String>, Long> entry) ->
                        windows.put(WindowKeys.of(entry.key.key(), entry.key.window().start()), entry.value));
            }
        } catch (InvalidStateStoreException notQueryableNow) {
            return;
        }
        tables.print(InsightTables.actions("Actions per domain so far", actions, options.top()));
        tables.print(InsightTables.topPerWindow("Top domains per window so far", windows, WINDOWS_SHOWN, 3));
    }
}
