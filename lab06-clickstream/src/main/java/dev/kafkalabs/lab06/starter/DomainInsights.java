package dev.kafkalabs.lab06.starter;

import dev.kafkalabs.lab06.ActionStats;
import dev.kafkalabs.lab06.ClickEvent;
import dev.kafkalabs.lab06.ClickEvents;
import dev.kafkalabs.lab06.CountResult;
import dev.kafkalabs.lab06.CounterOptions;
import dev.kafkalabs.lab06.CounterProgram;
import dev.kafkalabs.lab06.DeadLetterProcessor;
import dev.kafkalabs.lab06.EventTimeProcessor;
import dev.kafkalabs.lab06.InsightTables;
import dev.kafkalabs.lab06.JsonSerde;
import dev.kafkalabs.lab06.ParsedEvent;
import dev.kafkalabs.lab06.ProcessingProgress;
import dev.kafkalabs.lab06.StreamsApp;
import dev.kafkalabs.lab06.StreamsRunner;
import dev.kafkalabs.lab06.TopicReader;
import dev.kafkalabs.lab06.Topics;
import dev.kafkalabs.lab06.WindowKeys;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * Lab 6.4 (bonus) - more than a count: each domain's action breakdown with its click-through ratio
 * (clicked / viewed), and event counts per domain in tumbling event-time windows, to see which domains
 * lead in each window.
 */
public final class DomainInsights implements StreamsApp {

    static final String USAGE = "DomainInsights [--topic T] [--output-topic T] [--window-topic T] "
            + "[--dead-letter-topic T] [--window SECONDS] [--application-id ID] [--state-dir DIR] [--from-beginning] "
            + "[--exit-when-idle SECONDS] [--top N] [--refresh SECONDS]";
    static final String DEFAULT_APPLICATION_ID = "lab06-domain-insights";
    static final String DEFAULT_OUTPUT_TOPIC = "domain-actions";
    static final String DEFAULT_WINDOW_TOPIC = "domain-window-counts";
    static final String ACTIONS_STORE = "domain-actions-store";
    static final String WINDOWS_STORE = "domain-window-counts-store";
    /** How late (in event time) an event may arrive and still count in its window. */
    static final Duration GRACE = Duration.ofMinutes(5);
    private static final int WINDOWS_SHOWN = 3;

    private final CounterOptions options;
    private final ProcessingProgress progress = new ProcessingProgress();
    private final StreamsRunner runner = new StreamsRunner();
    private final Serde<ClickEvent> eventSerde = JsonSerde.of(ClickEvent.class);
    private final Serde<ActionStats> statsSerde = JsonSerde.of(ActionStats.class);
    private final PrintStream tables;

    public DomainInsights(CounterOptions options) {
        this.options = options;
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
        CounterProgram.run(new DomainInsights(options), options, "Events per domain");
    }

    @Override
    public Properties streamsConfig() {
        Properties props = new Properties();
        props.putAll(KafkaBootstrap.clientProperties());
        // Names the application: its consumer group, its internal topics and its transactional ids.
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, options.group());
        // Read, update the stores and write the outputs in one transaction: nothing lost, nothing twice.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // The workbook's broker is a single node: internal topics cannot have more replicas than that.
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // Where a new application starts reading: everything, or only what arrives from now on.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG),
                options.fromBeginning() ? "earliest" : "latest");
        if (options.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, options.stateDir().toString());
        }
        return props;
    }

    @Override
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], ParsedEvent> parsed = builder
                .stream(options.topic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .peek((key, value) -> progress.record())
                .mapValues(ClickEvents::read);
        parsed.filterNot((key, event) -> event.isValid())
                .processValues(DeadLetterProcessor::new)
                .to(options.deadLetterTopic(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));

        // Key by domain once, through one repartition topic that both aggregations read.
        KGroupedStream<String, ClickEvent> byDomain = parsed.filter((key, event) -> event.isValid())
                .mapValues(ParsedEvent::event)
                .processValues(EventTimeProcessor<byte[]>::new)
                .selectKey((key, event) -> event.domain())
                .repartition(Repartitioned.with(Serdes.String(), eventSerde).withName("by-domain"))
                .groupByKey();

        actionsPerDomain(byDomain)
                .toStream()
                .to(options.outputTopic(), Produced.with(Serdes.String(), statsSerde));
        countsPerWindow(byDomain, options.window())
                .toStream((window, count) -> WindowKeys.of(window.key(), window.window().start()))
                .to(options.windowOutputTopic(), Produced.with(Serdes.String(), Serdes.Long()));
        return builder.build();
    }

    /** Folds each domain's events into its {@link ActionStats}. */
    KTable<String, ActionStats> actionsPerDomain(KGroupedStream<String, ClickEvent> byDomain) {
        throw new UnsupportedOperationException("Lab 6.4: aggregate each domain's events into ActionStats "
                + "(start from ActionStats.none(), add each event's action) in the store ACTIONS_STORE - see "
                + "lab06-clickstream/README.md section 6.4");
    }

    /** Counts each domain's events per tumbling window of event time. */
    static KTable<Windowed<String>, Long> countsPerWindow(KGroupedStream<String, ClickEvent> byDomain, Duration size) {
        throw new UnsupportedOperationException("Lab 6.4: count each domain's events per tumbling window of size "
                + "(grace GRACE) into the store WINDOWS_STORE - see lab06-clickstream/README.md section 6.4");
    }

    @Override
    public CountResult run() throws InterruptedException {
        Topics.ensureExist(Topics.log(options.topic()), Topics.log(options.deadLetterTopic()),
                Topics.compacted(options.outputTopic()), Topics.compacted(options.windowOutputTopic()));
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
                    ACTIONS_STORE, QueryableStoreTypes.<String, ActionStats>keyValueStore())).all()) {
                all.forEachRemaining(entry -> actions.put(entry.key, entry.value));
            }
            try (KeyValueIterator<Windowed<String>, Long> all = streams.store(StoreQueryParameters.fromNameAndType(
                    WINDOWS_STORE, QueryableStoreTypes.<String, Long>windowStore())).all()) {
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
