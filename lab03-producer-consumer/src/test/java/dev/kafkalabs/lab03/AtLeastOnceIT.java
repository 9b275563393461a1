package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("3.5")
class AtLeastOnceIT {

    /**
     * Not a multiple of the exercise's commit interval (5): the replacement, starting at offset 45, processes
     * 58 records, so its last periodic commit (offset 100) is not the end of the topic (103): only a commit
     * when the loop ends (in finally, or by the rebalance listener when close() gives the partition up) gets
     * there.
     */
    private static final int EVENTS = 103;
    /**
     * One partition and batches of 10 (max.poll.records): record #47 is in the middle of the batch of offsets
     * 40..49, two records after the exercise's last commit (every 5 records).
     */
    private static final int CRASH_AT = 47;

    @Test
    void autoCommitIsOff(TestKafka kafka) {
        Properties props = DrillConsumers.settings(kafka.uniqueName("lab03-at-least-once-group"));
        Guarantee.AT_LEAST_ONCE.create().configure(props);

        assertThat(new ConsumerConfig(props).getBoolean(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG))
                .as("enable.auto.commit after configure(): auto-commit is left on (it is the default), so Kafka "
                        + "also commits from inside poll() and close(), whatever was processed")
                .isFalse();
    }

    @Test
    void aHardCrashMidBatchLosesNothingAndCommitsOnlyWhatWasProcessed(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-at-least-once", 1);
        String group = kafka.uniqueName("lab03-at-least-once-group");
        Path processed = dir.resolve("processed.txt");
        Path stopFile = Drill.stopFile(dir);
        NumberedEvents.produce(topic, EVENTS);
        Map<TopicPartition, Long> end = kafka.endOffsets(topic);
        String[] args = Drill.deliveryArgs(Guarantee.AT_LEAST_ONCE, topic, group, processed, stopFile, 10);

        try (ChildProcess first = Drill.start(DeliveryConsumerMain.class, CrashPoint.at("record", CRASH_AT), args)) {
            Drill.crashWhenPaused(first, "PAUSED at record #" + CRASH_AT);
        }
        Map<TopicPartition, Long> committedAtCrash = Topics.committed(group);
        Map<TopicPartition, Long> processedUpTo = Drill.nextOffsets(topic, ProcessedLog.read(processed));
        try (ChildProcess replacement = Drill.start(DeliveryConsumerMain.class, null, args)) {
            // A wrong answer skips records: then the replacement only gets to the end of the topic.
            Drill.awaitProcessed(replacement, processed, "every event processed, or the last one",
                    entries -> Drill.distinct(entries) == EVENTS || Drill.nextOffsets(topic, entries).equals(end));
            assertThat(Drill.stop(replacement, stopFile)).as("exit code of the replacement. Output:%n%s",
                    replacement.tail()).isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        System.out.printf("3.5 at-least-once, crash after %d processed (committed %s): %s%n", CRASH_AT,
                committedAtCrash, report);

        committedAtCrash.forEach((partition, offset) -> assertThat(offset)
                .as("offset committed for %s before the crash, with records up to offset %d processed: beyond the "
                        + "last processed record + 1 means the commit ran ahead of processing - committing positions "
                        + "(everything poll() returned) instead of processed offsets, or committing before "
                        + "processing", partition, processedUpTo.getOrDefault(partition, 0L) - 1)
                .isLessThanOrEqualTo(processedUpTo.getOrDefault(partition, 0L)));
        assertThat(report.missing()).as("records never processed (%s): the consumer committed records it had not "
                + "processed", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
        assertThat(committedAtCrash).as("offsets committed before the crash, after %d processed records: the "
                + "consumer should commit as it goes, not only at the end", CRASH_AT).isNotEmpty();
        assertThat(report.duplicates()).as("records processed twice (%s): at most the records since the last "
                + "commit, which comes every 5 records", report).isBetween(1L, 5L);
        assertThat(Topics.committed(group)).as("committed offsets after the replacement stopped: the last processed "
                        + "offset + 1, which is the end of the topic - what was processed is committed when the loop ends")
                .isEqualTo(Drill.nextOffsets(topic, ProcessedLog.read(processed)))
                .isEqualTo(kafka.endOffsets(topic));
    }
}
