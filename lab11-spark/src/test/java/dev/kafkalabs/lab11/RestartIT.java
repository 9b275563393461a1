package dev.kafkalabs.lab11;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab11.solution.Checkpoints;
import dev.kafkalabs.support.Directories;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 11.3: 11.2's counter with the exercise's {@code Checkpoints}, run three times on the same checkpoints
 * while records keep arriving, with a crash between two runs. Asserts what Spark guarantees with a Kafka
 * source and sink (the counts: exactly once) and what it does not (the output records: at least once).
 */
@ExerciseCheck("11.3")
class RestartIT {

    /** Top directories of checkpoints outside the state directory, and whether this check made them. */
    private final Map<Path, Boolean> madeOutsideStateDir = new ConcurrentHashMap<>();

    /**
     * One checkpoint is one query's: two applications that each run a query named "counts", on a machine
     * whose state lives in a configured directory, must not share (or scatter) their progress.
     */
    @Test
    void eachApplicationsQueryHasACheckpointOfItsOwnUnderTheStateDirectory(@TempDir Path stateDir) {
        CheckpointPolicy policy = Variant.current().instantiate(CheckpointPolicy.class, Checkpoints.class);

        Path first = policy.location(stateDir, "clicks-app", "counts");
        Path second = policy.location(stateDir, "orders-app", "counts");

        assertThat(first).as("the checkpoint of query 'counts' of application clicks-app, with the state directory %s: "
                + "under the state directory, not relative to the working directory of whoever starts the job", stateDir)
                .isAbsolute().startsWithRaw(stateDir);
        assertThat(second).as("the checkpoint of query 'counts' of application orders-app, beside clicks-app's (%s): "
                + "a query name is unique only within its application - two applications sharing one checkpoint would "
                + "each resume from the other's offsets and counts", first)
                .startsWithRaw(stateDir).isNotEqualTo(first);
        assertThat(policy.location(stateDir, "clicks-app", "counts"))
                .as("the same application's query asked again (a restart): the same checkpoint, or it starts over")
                .isEqualTo(first);
    }

    @Test
    void aRestartedQueryContinuesFromItsCheckpointWithExactCountsAndAtLeastOnceOutput(TestKafka kafka,
                                                                                      @TempDir Path stateDir)
            throws Exception {
        String topic = kafka.createTopic("lab11-restart", 3);
        CounterOptions options = new CounterOptions().topic(topic).outputTopic(kafka.uniqueName("lab11-restart-counts"))
                .deadLetterTopic(kafka.uniqueName("lab11-restart-dlq")).group(kafka.uniqueName("lab11-restart"))
                .stateDir(stateDir).fromBeginning(true);
        CheckpointPolicy policy = Variant.current().instantiate(CheckpointPolicy.class, Checkpoints.class);
        Function<String, Path> checkpointOf = watched(policy, stateDir, options.group());
        List<byte[]> malformed = List.copyOf(MalformedSamples.all().values());
        List<byte[]> all = new ArrayList<>();

        List<byte[]> first = batch(31, 1_000, malformed.subList(0, 3));
        kafka.sendValues(topic, first);
        all.addAll(first);
        assertThat(run(options, checkpointOf)).as("the result of the first run - each query needs a checkpoint of its "
                + "own: a query started on the checkpoint of a running one is the same query to Spark, which stops the "
                + "other run (spark.sql.streaming.stopActiveRunOnRestart)").isEqualTo(CountResult.of(first));

        List<byte[]> second = batch(32, 1_000, malformed.subList(3, 6));
        kafka.sendValues(topic, second);
        all.addAll(second);
        SparkDomainCounter restarted = new SparkDomainCounter(options, checkpointOf, Trigger.AvailableNow(), null);
        run(restarted);
        assertThat(restarted.recordsRead()).as("records the query started again read: it must continue from its "
                + "checkpoint (only the %d new records), not read the topic again - a checkpoint location that is new at "
                + "every start makes a new query", second.size()).isEqualTo(second.size());

        Path lastCommit = crashBeforeTheLastCommit(checkpointOf.apply(SparkDomainCounter.COUNTS_QUERY));
        List<byte[]> third = batch(33, 800, malformed.subList(6, 8));
        kafka.sendValues(topic, third);
        all.addAll(third);
        SparkDomainCounter recovered = new SparkDomainCounter(options, checkpointOf, Trigger.AvailableNow(), null);
        CountResult result = run(recovered);

        assertThat(recovered.recordsRead()).as("records read after a crash between the sink's writes and the commit of "
                + "the last batch (%s removed): Spark runs that batch again from the offsets in its checkpoint (%d "
                + "records), then the %d new ones", lastCommit.getFileName(), second.size(), third.size())
                .isEqualTo(second.size() + third.size());
        assertThat(result.counts()).as("the latest count per domain after the crash: Spark's checkpoint (offsets and "
                + "state) makes the counts exactly-once").isEqualTo(CountResult.of(all).counts());
        assertThat(result.malformed()).as("malformed records, each source position once, from the dead letters (fewer: "
                + "a query skipped batches it took for its own - each query needs a checkpoint of its own)")
                .isEqualTo(CountResult.of(all).malformed());
        List<ConsumerRecord<String, String>> output = SparkChecks.records(kafka, options.outputTopic());
        assertThat(repeated(output)).as("count records written twice with the same value to %s: Spark's Kafka sink is "
                + "at-least-once - the batch run again after the crash wrote its counts again (harmless here: a count "
                + "record replaces the one before it)", options.outputTopic()).isNotEmpty();
    }

    /**
     * The policy's checkpoint locations, noting each one a wrong answer puts outside the state directory
     * that did not exist before (a relative path lands in the lab's own directory), to delete after the check.
     */
    private Function<String, Path> watched(CheckpointPolicy policy, Path stateDir, String application) {
        return query -> {
            Path location = policy.location(stateDir, application, query);
            if (!location.toAbsolutePath().normalize().startsWith(stateDir.toAbsolutePath())) {
                Path top = location.isAbsolute() ? location : location.subpath(0, 1);
                madeOutsideStateDir.computeIfAbsent(top, dir -> !Files.exists(dir));
            }
            return location;
        };
    }

    @AfterEach
    void deleteCheckpointsMadeOutsideTheStateDirectory() {
        madeOutsideStateDir.forEach((dir, madeByTheCheck) -> {
            if (madeByTheCheck) {
                Directories.deleteTree(dir);
            }
        });
    }

    private static List<byte[]> batch(long seed, int events, List<byte[]> malformed) {
        return MalformedSamples.mixedInto(ClickstreamGenerator.jsonValues(seed, events), malformed);
    }

    private static CountResult run(CounterOptions options, Function<String, Path> checkpointOf) throws Exception {
        return run(new SparkDomainCounter(options, checkpointOf, Trigger.AvailableNow(), null));
    }

    /** Runs the counter; a failure other than a starter's TODO fails the check. */
    private static CountResult run(SparkDomainCounter counter) throws Exception {
        try {
            return counter.run();
        } catch (Exception e) {
            if (Todo.find(e).isPresent()) {
                throw e;
            }
            throw new AssertionError("The counter failed: " + e.getMessage(), e);
        }
    }

    /**
     * Removes the newest entry of the query's commit log: the state a kill leaves when it falls after the
     * sink wrote a batch's records and before Spark recorded the batch as done.
     */
    private static Path crashBeforeTheLastCommit(Path checkpoint) throws IOException {
        Path commits = checkpoint.resolve("commits");
        try (Stream<Path> files = Files.list(commits)) {
            Path last = files.filter(file -> file.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingLong(file -> Long.parseLong(file.getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("No batch was committed in " + commits));
            Files.delete(last);
            Files.deleteIfExists(commits.resolve("." + last.getFileName() + ".crc"));
            return last;
        }
    }

    /** The (key, value) pairs that occur more than once. */
    private static List<String> repeated(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> occurrences = records.stream()
                .collect(Collectors.groupingBy(record -> record.key() + "=" + record.value(), Collectors.counting()));
        return occurrences.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
