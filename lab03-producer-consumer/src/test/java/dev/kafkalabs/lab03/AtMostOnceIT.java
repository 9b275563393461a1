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
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("3.7")
class AtMostOnceIT {

    private static final int EVENTS = 100;
    /** One partition and batches of 10 (max.poll.records): record #47 (offset 46) is in the batch 40..49. */
    private static final int CRASH_AT = 47;

    @Test
    void aHardCrashMidBatchLosesTheRestOfTheBatchAndDuplicatesNothing(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-at-most-once", 1);
        String group = kafka.uniqueName("lab03-at-most-once-group");
        Path processed = dir.resolve("processed.txt");
        Path stopFile = Drill.stopFile(dir);
        NumberedEvents.produce(topic, EVENTS);
        String[] args = Drill.deliveryArgs(Guarantee.AT_MOST_ONCE, topic, group, processed, stopFile, 10);
        Map<TopicPartition, Long> end = kafka.endOffsets(topic);

        try (ChildProcess first = Drill.start(DeliveryConsumerMain.class, CrashPoint.at("record", CRASH_AT), args)) {
            Drill.crashWhenPaused(first, "PAUSED at record #" + CRASH_AT);
        }
        Map<TopicPartition, Long> committedAtCrash = Topics.committed(group);
        Map<TopicPartition, Long> processedUpTo = Drill.nextOffsets(topic, ProcessedLog.read(processed));
        try (ChildProcess replacement = Drill.start(DeliveryConsumerMain.class, null, args)) {
            Drill.awaitWhileAlive(replacement, "the end of the topic committed",
                    () -> Topics.committed(group).equals(end));
            assertThat(Drill.stop(replacement, stopFile)).as("exit code of the replacement. Output:%n%s",
                    replacement.tail()).isZero();
        }
        DeliveryReport report = Drill.report(processed, EVENTS);
        System.out.printf("3.7 at-most-once, crash after %d processed (committed %s): %s%n", CRASH_AT,
                committedAtCrash, report);

        assertThat(report.duplicates()).as("records processed twice (%s): at-most-once never processes a record "
                + "twice. The offsets committed when the consumer died (%s) were not ahead of what it had processed "
                + "(%s): commit each batch before processing it - committing after processing, by hand or by "
                + "auto-commit, is at-least-once", report, committedAtCrash, processedUpTo).isZero();
        assertThat(Drill.total(committedAtCrash)).as("offset committed when the consumer died after processing "
                + "%d records: the whole batch in hand was committed before its first record was processed",
                CRASH_AT).isGreaterThan(Drill.total(processedUpTo));
        assertThat(report.gaps()).as("gaps (%s): the rest of the batch the consumer died in is lost for good - "
                + "the price of at-most-once", report).isPositive();
        assertThat(report.missing()).as("records never processed (%s): the rest of the batch 40..49",
                report).isEqualTo(Drill.total(committedAtCrash) - Drill.total(processedUpTo));
    }
}
