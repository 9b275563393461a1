package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.solution.AutoCommitConsumer;
import dev.kafkalabs.lab03.solution.HandOffConsumer;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("3.4")
class AutoCommitHazardsIT {

    private static final int EVENTS = 100;
    private static final int PARTITIONS = 3;

    @Test
    void aCrashBetweenAutoCommitsMeansDuplicates(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-autocommit", PARTITIONS);
        String group = kafka.uniqueName("lab03-autocommit-group");
        Path processed = dir.resolve("processed.txt");
        NumberedEvents.produce(topic, EVENTS);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString()};

        try (ChildProcess first = Drill.start(AutoCommitConsumer.class, CrashPoint.at("record", 45), args)) {
            first.awaitOutput("PAUSED at record #45", Drill.PATIENCE);
            first.kill();
        }
        long committedAtCrash = total(Topics.committed(group));
        try (ChildProcess replacement = Drill.start(AutoCommitConsumer.class, null, args)) {
            Drill.awaitProcessed(replacement, processed, "every event processed at least once",
                    entries -> Drill.distinct(entries) == EVENTS);
            assertThat(replacement.stopGracefully(Duration.ofSeconds(10))).as("exit code of the replacement").isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        System.out.println("3.4 (a) auto-commit, crash after 45 processed, " + committedAtCrash + " committed: " + report);

        assertThat(committedAtCrash).as("offsets committed when the consumer died after processing 45 records: "
                + "auto-commit only covers batches handed out before the last poll").isLessThan(45);
        assertThat(report.duplicates()).as("records processed twice (%s)", report).isPositive();
        assertThat(report.missing()).as("records never processed (%s)", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
    }

    @Test
    void committingBeforeTheWorkerIsDoneSkipsEvents(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-handoff", PARTITIONS);
        String group = kafka.uniqueName("lab03-handoff-group");
        Path processed = dir.resolve("processed.txt");
        NumberedEvents.produce(topic, EVENTS);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString()};
        Map<TopicPartition, Long> end = kafka.endOffsets(topic);

        try (ChildProcess first = Drill.start(HandOffConsumer.class, CrashPoint.at("record", 15), args)) {
            first.awaitOutput("PAUSED at record #15", Drill.PATIENCE);
            Drill.awaitWhileAlive(first, "the poll loop auto-committing every offset while the worker is stuck",
                    () -> Topics.committed(group).equals(end));
            first.kill();
        }
        Map<TopicPartition, Long> resumedAt = new HashMap<>();
        try (ChildProcess replacement = Drill.start(HandOffConsumer.class, null, args)) {
            Pattern resuming = Pattern.compile("^resuming (.+)-(\\d+) at offset (\\d+)$");
            AtomicInteger partitions = new AtomicInteger();
            replacement.awaitLine(line -> resuming.matcher(line).matches() && partitions.incrementAndGet() == PARTITIONS,
                    "a 'resuming' line for each of the " + PARTITIONS + " partitions", Drill.PATIENCE);
            for (String line : replacement.output()) {
                Matcher matcher = resuming.matcher(line);
                if (matcher.matches()) {
                    resumedAt.put(new TopicPartition(matcher.group(1), Integer.parseInt(matcher.group(2))),
                            Long.parseLong(matcher.group(3)));
                }
            }
            assertThat(replacement.stopGracefully(Duration.ofSeconds(10))).as("exit code of the replacement").isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        long lag = Topics.lag(group, topic, PARTITIONS);
        System.out.println("3.4 (b) hand-off + auto-commit, crash with the worker at 15: " + report + " lag=" + lag);

        assertThat(resumedAt).as("where the replacement resumed: after every record, processed or not").isEqualTo(end);
        assertThat(report.missing()).as("records never processed (%s)", report).isEqualTo(EVENTS - 15);
        assertThat(report.gaps()).as("gaps (%s)", report).isPositive();
        assertThat(lag).as("the group's lag: it looks as if everything was processed").isZero();
    }

    private static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
