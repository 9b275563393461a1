package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.lab03.demo.HandOffConsumer;
import dev.kafkalabs.lab03.solution.AutoCommitConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("3.4")
class AutoCommitHazardsIT {

    private static final int EVENTS = 200;
    /** 120 records of 20 ms: about 2.4 s of processing, two or more auto-commit intervals of 1 s. */
    private static final int CRASH_AT = 120;
    private static final int WORK_MS = 20;
    /** Twenty 1-s auto-commit intervals, four of the default 5 s: ample for a right answer on a loaded machine. */
    private static final Duration AUTO_COMMITS_WITHIN = Duration.ofSeconds(20);
    /** How long the consumer polls once records flow: three 1-s intervals, and dozens of polls. */
    private static final Duration POLLING = Duration.ofSeconds(3);

    @Test
    void aCrashBetweenAutoCommitsMeansDuplicates(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-autocommit", 1);
        String group = kafka.uniqueName("lab03-autocommit-group");
        Path processed = dir.resolve("processed.txt");
        Path stopFile = Drill.stopFile(dir);
        NumberedEvents.produce(topic, EVENTS);
        String[] args = Drill.deliveryArgs(Guarantee.AUTO_COMMIT, topic, group, processed, stopFile, WORK_MS);

        Set<Long> commitsSeen = new LinkedHashSet<>();
        try (ChildProcess first = Drill.start(DeliveryConsumerMain.class, CrashPoint.at("record", CRASH_AT), args)) {
            Drill.awaitWhileAlive(first, "the consumer frozen after record #" + CRASH_AT, () -> {
                commitsSeen.add(Drill.total(Topics.committed(group)));
                return first.output().stream().anyMatch(line -> line.startsWith("PAUSED at record #" + CRASH_AT));
            });
            first.kill();
        }
        long committedAtCrash = Drill.total(Topics.committed(group));
        commitsSeen.add(committedAtCrash);
        commitsSeen.remove(0L);
        try (ChildProcess replacement = Drill.start(DeliveryConsumerMain.class, null, args)) {
            Drill.awaitProcessed(replacement, processed, "every event processed at least once",
                    entries -> Drill.distinct(entries) == EVENTS);
            assertThat(Drill.stop(replacement, stopFile)).as("exit code of the replacement. Output:%n%s",
                    replacement.tail()).isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        System.out.printf("3.4 (a) auto-commit, crash after %d processed, %d committed (commits seen: %s): %s%n",
                CRASH_AT, committedAtCrash, commitsSeen, report);

        assertThat(Topics.committed(group)).as("offsets committed once the replacement had processed everything and "
                + "closed: close() commits when auto-commit is on - nothing committed means auto-commit is off")
                .isEqualTo(kafka.endOffsets(topic));
        assertThat(commitsSeen).as("different committed offsets seen in the %.1f s the first consumer processed "
                + "records: auto-commit commits at most once per auto.commit.interval.ms, so with the default interval "
                + "(5 s) instead of 1 s there is no commit at all before the crash", CRASH_AT * WORK_MS / 1000.0)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(committedAtCrash).as("offsets committed when the consumer died after processing %d records: "
                + "auto-commit commits only what earlier polls returned, never the batch in hand", CRASH_AT)
                .isPositive().isLessThan(CRASH_AT);
        assertThat(report.duplicates()).as("records processed twice (%s): the replacement re-processes everything "
                + "after the last auto-commit", report).isEqualTo(CRASH_AT - committedAtCrash);
        assertThat(report.missing()).as("records never processed (%s)", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
    }

    /**
     * The interval's unit: with 1000 ms the consumer commits at most once a second; with the interval given in
     * seconds (1, read as 1 ms) it commits on almost every poll. Only the consumer itself counts its commits
     * (its {@code commit-total} metric): from outside, a commit that changes no offset is invisible.
     */
    @Test
    void autoCommitsComeOncePerIntervalNotOncePerPoll(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-autocommit-interval", 1);
        String group = kafka.uniqueName("lab03-autocommit-interval-group");
        NumberedEvents.produce(topic, EVENTS);
        DeliveryConsumer autoCommit = Variant.current().instantiate(DeliveryConsumer.class, AutoCommitConsumer.class);
        Properties props = DrillConsumers.settings(group);
        autoCommit.configure(props);

        AtomicInteger processed = new AtomicInteger();
        AtomicLong firstRecordAt = new AtomicLong();
        double seconds;
        double commits;
        try (KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            long start = System.nanoTime();
            autoCommit.consume(consumer, topic, record -> {
                if (processed.getAndIncrement() == 0) {
                    firstRecordAt.set(System.nanoTime());
                }
            }, () -> processed.get() > 0 ? System.nanoTime() - firstRecordAt.get() > POLLING.toNanos()
                    // Joining the group may take seconds on a loaded machine; no record in a minute ends the run.
                    : System.nanoTime() - start > Duration.ofMinutes(1).toNanos());
            seconds = (System.nanoTime() - firstRecordAt.get()) / 1e9;
            commits = commitTotal(consumer);
        }
        System.out.printf("3.4 interval: %.0f auto-commits in %.1f s of polling%n", commits, seconds);

        assertThat(processed.get()).as("records the consumer read within a minute").isEqualTo(EVENTS);
        assertThat(commits).as("auto-commits in %.1f s of polling: auto.commit.interval.ms is in milliseconds, so "
                + "1000 means at most one commit a second - more means the interval was given in seconds (1 ms: a "
                + "commit on almost every poll)", seconds).isLessThanOrEqualTo(Math.floor(seconds) + 2);
    }

    /** The commits this consumer has completed, as it counts them itself. */
    private static double commitTotal(Consumer<?, ?> consumer) {
        return consumer.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().group().equals("consumer-coordinator-metrics")
                        && metric.getKey().name().equals("commit-total"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .sum();
    }

    @Test
    void committingBeforeTheWorkerIsDoneSkipsEvents(TestKafka kafka, @TempDir Path dir) {
        int events = 100;
        String topic = kafka.createTopic("lab03-handoff", 3);
        String group = kafka.uniqueName("lab03-handoff-group");
        Path processed = dir.resolve("processed.txt");
        Path stopFile = Drill.stopFile(dir);
        NumberedEvents.produce(topic, events);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString(),
            "--stop-file", stopFile.toString()};
        Map<TopicPartition, Long> end = kafka.endOffsets(topic);

        try (ChildProcess first = Drill.start(HandOffConsumer.class, CrashPoint.at("record", 15), args)) {
            first.awaitOutput("PAUSED at record #15", Waiting.PATIENCE);
            // The poll loop goes on while the worker is stuck, and auto-commits inside poll() once a second:
            // every offset is committed within seconds - or never, when auto-commit is off.
            Drill.awaitWhileAlive(first, "the poll loop auto-committing every offset while the worker is stuck "
                    + "(nothing committed: auto-commit is off)", AUTO_COMMITS_WITHIN,
                    () -> Topics.committed(group).equals(end));
            first.kill();
        }
        Map<TopicPartition, Long> resumedAt = new HashMap<>();
        try (ChildProcess replacement = Drill.start(HandOffConsumer.class, null, args)) {
            Pattern resuming = Pattern.compile("^resuming (.+)-(\\d+) at offset (\\d+)$");
            AtomicInteger partitions = new AtomicInteger();
            replacement.awaitLine(line -> resuming.matcher(line).matches() && partitions.incrementAndGet() == 3,
                    "a 'resuming' line for each of the 3 partitions", Waiting.PATIENCE);
            for (String line : replacement.output()) {
                Matcher matcher = resuming.matcher(line);
                if (matcher.matches()) {
                    resumedAt.put(new TopicPartition(matcher.group(1), Integer.parseInt(matcher.group(2))),
                            Long.parseLong(matcher.group(3)));
                }
            }
            assertThat(Drill.stop(replacement, stopFile)).as("exit code of the replacement. Output:%n%s",
                    replacement.tail()).isZero();
        }
        DeliveryReport report = Drill.report(processed, events);
        long lag = Topics.lag(group, topic);
        System.out.println("3.4 (b) hand-off + auto-commit, crash with the worker at 15: " + report + " lag=" + lag);

        assertThat(resumedAt).as("where the replacement resumed: after every record, processed or not").isEqualTo(end);
        assertThat(report.missing()).as("records never processed (%s)", report).isEqualTo(events - 15);
        assertThat(report.gaps()).as("gaps (%s)", report).isPositive();
        assertThat(lag).as("the group's lag: it looks as if everything was processed").isZero();
    }
}
