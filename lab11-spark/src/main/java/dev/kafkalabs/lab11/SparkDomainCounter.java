package dev.kafkalabs.lab11;

import static org.apache.spark.sql.functions.col;

import dev.kafkalabs.lab11.solution.DomainCount;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.clicks.ClickCounter;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.TopicReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exercise 11.2's count as a program runs it: reads the input topic with Spark, applies the exercise's
 * {@link DomainCount} (the starter's or the solution's, see {@link Variant}), runs two queries - the
 * running counts to a compacted topic, the dead letters to theirs - and at the end reads the results
 * back as a downstream reader sees them.
 */
public final class SparkDomainCounter implements ClickCounter {

    /** The names of the two queries; each has a checkpoint of its own. */
    public static final String COUNTS_QUERY = "domain-counts";
    public static final String DEAD_LETTERS_QUERY = "dead-letters";

    private static final Logger LOG = LoggerFactory.getLogger(SparkDomainCounter.class);

    private final CounterOptions options;
    private final Function<String, Path> checkpointOf;
    private final Trigger trigger;
    private final String master;
    private final DomainCountSteps steps = Variant.current().instantiate(DomainCountSteps.class, DomainCount.class);
    private volatile QueryWatch watch;
    private volatile boolean stopRequested;

    /**
     * @param checkpointOf the checkpoint location of each query, by name
     * @param trigger      when micro-batches run: {@code Trigger.AvailableNow()} reads what the topic holds now
     *                     and stops
     * @param master       the Spark master, or {@code null} for {@code spark.master} or local mode
     */
    public SparkDomainCounter(CounterOptions options, Function<String, Path> checkpointOf, Trigger trigger, String master) {
        this.options = options;
        this.checkpointOf = checkpointOf;
        this.trigger = trigger;
        this.master = master;
    }

    @Override
    public CountResult run() throws Exception {
        Topics.ensureExist(ClickTopics.log(options.topic()), ClickTopics.log(options.deadLetterTopic()),
                ClickTopics.compacted(options.outputTopic()));
        Path countsCheckpoint = checkpointOf.apply(COUNTS_QUERY);
        Path deadLettersCheckpoint = checkpointOf.apply(DEAD_LETTERS_QUERY);
        SparkSession spark = SparkSessions.get(master);
        Map<String, String> kafka = SparkKafka.options();
        Dataset<Row> records = spark.readStream()
                .format(SparkKafka.FORMAT)
                .options(kafka)
                .option("subscribe", options.topic())
                // Where a new query starts; a query started again on its checkpoint continues from there.
                .option("startingOffsets", options.fromBeginning() ? "earliest" : "latest")
                .load();
        Dataset<Row> parsed = steps.parsed(records);
        Dataset<Row> countRecords = steps.countPerDomain(parsed)
                .select(col(DomainCountSteps.DOMAIN).as("key"), col(DomainCountSteps.COUNT).cast("string").as("value"));
        try (QueryWatch queries = QueryWatch.start(spark, COUNTS_QUERY)) {
            watch = queries;
            if (stopRequested) {
                queries.stop();
            }
            // Each micro-batch writes the counts that changed: the latest record of a domain is its count.
            queries.track(toKafka(countRecords, COUNTS_QUERY, countsCheckpoint, options.outputTopic(),
                    OutputMode.Update(), kafka));
            queries.track(toKafka(steps.deadLetters(parsed), DEAD_LETTERS_QUERY, deadLettersCheckpoint,
                    options.deadLetterTopic(), OutputMode.Append(), kafka));
            queries.await(options.exitWhenIdle());
            LOG.info("Read {}", queries.summary());
        }
        return readBack();
    }

    @Override
    public void stop() {
        stopRequested = true;
        QueryWatch running = watch;
        if (running != null) {
            running.stop();
        }
    }

    /** The records the counts query has read so far (progress, throughput). */
    public long recordsRead() {
        QueryWatch running = watch;
        return running == null ? 0 : running.records();
    }

    private StreamingQuery toKafka(Dataset<Row> results, String name, Path checkpoint, String topic, OutputMode mode,
                                   Map<String, String> kafka) throws TimeoutException {
        return results.writeStream()
                .queryName(name)
                .format(SparkKafka.FORMAT)
                .options(kafka)
                .option("topic", topic)
                .option("checkpointLocation", checkpoint.toString())
                .outputMode(mode)
                .trigger(trigger)
                .start();
    }

    /**
     * What a downstream reader sees: the latest count of each domain in the output topic, and the malformed
     * records of the input topic among the dead letters, each source position once.
     */
    private CountResult readBack() {
        Map<String, Long> counts = TopicReader.latestValues(options.outputTopic(), new StringDeserializer(),
                        new StringDeserializer()).entrySet().stream()
                .collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()), entry -> Long.parseLong(entry.getValue())));
        return new CountResult(counts, DeadLetterReader.malformedOf(options.deadLetterTopic(), options.topic()));
    }
}
