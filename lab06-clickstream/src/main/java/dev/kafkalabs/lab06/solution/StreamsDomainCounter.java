package dev.kafkalabs.lab06.solution;

import dev.kafkalabs.lab06.ClickEvent;
import dev.kafkalabs.lab06.ClickEvents;
import dev.kafkalabs.lab06.CountResult;
import dev.kafkalabs.lab06.CountTable;
import dev.kafkalabs.lab06.CounterOptions;
import dev.kafkalabs.lab06.CounterProgram;
import dev.kafkalabs.lab06.DeadLetterProcessor;
import dev.kafkalabs.lab06.ParsedEvent;
import dev.kafkalabs.lab06.ProcessingProgress;
import dev.kafkalabs.lab06.StreamsApp;
import dev.kafkalabs.lab06.StreamsRunner;
import dev.kafkalabs.lab06.TopicReader;
import dev.kafkalabs.lab06.Topics;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Lab 6.3 - exactly-once counts per domain with Kafka Streams: the counts live in a fault-tolerant
 * state store and go to a compacted output topic; malformed records go to the dead-letter topic.
 * With {@code exactly_once_v2}, reading the input, updating the store and writing the outputs commit
 * together in one transaction, so a crash can neither lose nor double-count an event.
 */
public final class StreamsDomainCounter implements StreamsApp {

    static final String USAGE = "StreamsDomainCounter [--topic T] [--output-topic T] [--dead-letter-topic T] "
            + "[--application-id ID] [--state-dir DIR] [--from-beginning] [--exit-when-idle SECONDS] [--json] "
            + "[--top N] [--refresh SECONDS]";
    static final String DEFAULT_APPLICATION_ID = "lab06-streams-domain-counter";
    static final String DEFAULT_OUTPUT_TOPIC = "domain-counts";
    static final String COUNTS_STORE = "domain-counts-store";

    private final CounterOptions options;
    private final ProcessingProgress progress = new ProcessingProgress();
    private final StreamsRunner runner = new StreamsRunner();
    private final PrintStream tables;

    public StreamsDomainCounter(CounterOptions options) {
        this.options = options;
        this.tables = CounterProgram.progressStream(options);
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
        CounterProgram.run(new StreamsDomainCounter(options), options, "Exactly-once domain counts");
    }

    @Override
    public Properties streamsConfig() {
        Properties props = new Properties();
        props.putAll(KafkaBootstrap.clientProperties());
        // Names the application: its consumer group, its internal topics and its transactional ids.
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, options.group());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee());
        // The workbook's broker is a single node: internal topics cannot have more replicas than that
        // (on a production cluster use 3, or -1 for the broker's default).
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // After a crash, the restarted instance gets the partitions once the dead one's session expires:
        // 10 s instead of the default 45 s.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
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

        KStream<byte[], ClickEvent> events = parsed.filter((key, event) -> event.isValid())
                .mapValues(ParsedEvent::event);
        countPerDomain(events)
                .toStream()
                .to(options.outputTopic(), Produced.with(Serdes.String(), Serdes.Long()));

        deadLetter(parsed.filterNot((key, event) -> event.isValid()));
        return builder.build();
    }

    /**
     * Exactly-once: consuming the input, updating the store (its changelog) and writing the outputs
     * commit together in one transaction, so that nothing is lost and nothing counted twice.
     */
    static String processingGuarantee() {
        return StreamsConfig.EXACTLY_ONCE_V2;
    }

    /** Re-keys the events by domain (through a repartition topic) and counts them in a state store. */
    static KTable<String, Long> countPerDomain(KStream<byte[], ClickEvent> events) {
        return events
                .mapValues(ClickEvent::domain)
                .groupBy((key, domain) -> domain, Grouped.with("by-domain", Serdes.String(), Serdes.String()))
                .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(COUNTS_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long()));
    }

    /** The original bytes, with the error and the source position in headers, to the dead-letter topic. */
    void deadLetter(KStream<byte[], ParsedEvent> malformed) {
        malformed.processValues(DeadLetterProcessor::new)
                .to(options.deadLetterTopic(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    }

    @Override
    public CountResult run() throws InterruptedException {
        Topics.ensureExist(Topics.log(options.topic()), Topics.log(options.deadLetterTopic()),
                Topics.compacted(options.outputTopic()));
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
            ReadOnlyKeyValueStore<String, Long> store = streams.store(
                    StoreQueryParameters.fromNameAndType(COUNTS_STORE, QueryableStoreTypes.keyValueStore()));
            try (KeyValueIterator<String, Long> all = store.all()) {
                all.forEachRemaining(entry -> counts.put(entry.key, entry.value));
            }
        } catch (InvalidStateStoreException notQueryableNow) {
            return;
        }
        tables.print(CountTable.render("Domain counts so far (live store)", new CountResult(counts, -1), options.top()));
    }
}
