package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.solution.AtLeastOnceConsumer;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExerciseCheck("3.5")
class AtLeastOnceIT {

    private static final int EVENTS = 100;
    private static final int CRASH_AT = 45;

    @ParameterizedTest(name = "--commit {0}")
    @ValueSource(strings = {"batch", "async", "every"})
    void aHardCrashMidStreamLosesNothingAndCommitsLastProcessedPlusOne(String commitStyle, TestKafka kafka,
                                                                      @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-at-least-once", 3);
        String group = kafka.uniqueName("lab03-at-least-once-group");
        Path processed = dir.resolve("processed.txt");
        NumberedEvents.produce(topic, EVENTS);
        String[] args = {"--topic", topic, "--group", group, "--processed", processed.toString(),
            "--commit", commitStyle, "--every", "7"};

        try (ChildProcess first = Drill.start(AtLeastOnceConsumer.class, CrashPoint.at("record", CRASH_AT), args)) {
            first.awaitOutput("PAUSED at record #" + CRASH_AT, Drill.PATIENCE);
            first.kill();
        }
        Map<TopicPartition, Long> committedAtCrash = Topics.committed(group);
        Map<TopicPartition, Long> processedUpTo = nextOffsets(topic, ProcessedLog.read(processed));
        try (ChildProcess replacement = Drill.start(AtLeastOnceConsumer.class, null, args)) {
            Drill.awaitProcessed(replacement, processed, "every event processed",
                    entries -> Drill.distinct(entries) == EVENTS);
            assertThat(replacement.stopGracefully(Duration.ofSeconds(10))).as("exit code of the replacement").isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        System.out.printf("3.5 --commit %s, crash after %d processed (%d committed): %s%n", commitStyle, CRASH_AT,
                committedAtCrash.values().stream().mapToLong(Long::longValue).sum(), report);

        committedAtCrash.forEach((partition, offset) -> assertThat(offset)
                .as("offset committed for %s before the crash: never beyond the last processed record + 1", partition)
                .isLessThanOrEqualTo(processedUpTo.getOrDefault(partition, 0L)));
        assertThat(report.missing()).as("records never processed (%s)", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
        assertThat(report.processed()).as("records processed, duplicates included (%s)", report)
                .isEqualTo(EVENTS + report.duplicates());
        assertThat(Topics.committed(group)).as("committed offsets after the restart = last processed offset + 1")
                .isEqualTo(nextOffsets(topic, ProcessedLog.read(processed)))
                .isEqualTo(kafka.endOffsets(topic));
    }

    /** Per partition: the highest processed offset + 1. */
    private static Map<TopicPartition, Long> nextOffsets(String topic, List<ProcessedLog.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(entry -> new TopicPartition(topic, entry.partition()),
                entry -> entry.offset() + 1, Math::max));
    }
}
