package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
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
    /**
     * Events in the partition that moves to a second member, processed by the exercise's consumer before the
     * second member joins: not a multiple of 5, so the periodic commits leave the last 3 of them uncommitted
     * (20 is the last periodic commit). The consumer is idle when the partition moves: mid-stream, with full
     * batches of 10, every poll would come right after a periodic commit and leave nothing uncommitted.
     */
    private static final int BEFORE_HAND_OVER = 23;
    /** Events written to the moved partition afterwards, processed and committed by its new owner. */
    private static final int AFTER_HAND_OVER = 7;

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

    @Test
    void aPartitionThatMovesToAnotherMemberIsCommittedBeforeItGoesAndNeverAfter(TestKafka kafka, @TempDir Path dir) {
        String topic = kafka.createTopic("lab03-at-least-once-moves", 2);
        String group = kafka.uniqueName("lab03-at-least-once-moves-group");
        // The classic protocol's default strategy is Range, and it puts static members (the exercise's consumer)
        // first: a second, dynamic member gets partition 1, which holds every event.
        TopicPartition moving = new TopicPartition(topic, 1);
        Path processed = dir.resolve("processed.txt");
        Path stopFile = Drill.stopFile(dir);
        sendNumbered(kafka, moving, 0, BEFORE_HAND_OVER);
        String[] args = Drill.deliveryArgs(Guarantee.AT_LEAST_ONCE, topic, group, processed, stopFile, 10);

        try (ChildProcess first = Drill.start(DeliveryConsumerMain.class, null, args)) {
            Drill.awaitProcessed(first, processed, "the exercise's consumer to process the " + BEFORE_HAND_OVER
                    + " events of " + moving, entries -> entries.size() >= BEFORE_HAND_OVER);
            Map<TopicPartition, Long> startedAt = new ConcurrentHashMap<>();
            try (KafkaConsumer<Integer, String> second = new KafkaConsumer<>(secondMember(group))) {
                second.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        partitions.forEach(partition -> startedAt.put(partition, second.position(partition)));
                    }

                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }
                });
                pollWhileAlive(first, second, "a second member of the group to be given partitions",
                        () -> !startedAt.isEmpty());
                assertThat(startedAt.keySet()).as("the partitions the second member got (the check expects Range, "
                        + "the classic default, to give it partition 1 and the exercise's static member partition 0)")
                        .containsExactly(moving);
                long processedUpTo = Drill.nextOffsets(topic, ProcessedLog.read(processed)).getOrDefault(moving, 0L);
                System.out.printf("3.5 hand-over: the exercise's consumer processed %s up to offset %d, the second "
                        + "member starts at %s%n", moving, processedUpTo - 1, startedAt);

                assertThat(startedAt.get(moving))
                        .as("where the second member of the group starts %s, taken away from the exercise's consumer, "
                                + "which had processed it up to offset %d (its periodic commits, every 5 records, stop "
                                + "at 20): an earlier offset means the new owner processes those records again - "
                                + "commit what was processed in onPartitionsRevoked (the ResumeReporter's second "
                                + "argument), while the partition is still yours; a later one skips records",
                                moving, processedUpTo - 1)
                        .isEqualTo(processedUpTo);

                // The new owner goes on with the partition, and commits what it processed.
                sendNumbered(kafka, moving, BEFORE_HAND_OVER, AFTER_HAND_OVER);
                long end = BEFORE_HAND_OVER + AFTER_HAND_OVER;
                Map<TopicPartition, Long> read = new ConcurrentHashMap<>();
                pollWhileAlive(first, second, "the second member to read " + moving + " up to offset " + (end - 1),
                        () -> read.getOrDefault(moving, 0L) == end, read);
                second.commitSync(Map.of(moving, new OffsetAndMetadata(end)));
            }
            assertThat(Drill.stop(first, stopFile)).as("exit code of the exercise's consumer. Output:%n%s",
                    first.tail()).isZero();
        }

        assertThat(Topics.committed(group).get(moving))
                .as("offset committed for %s once the exercise's consumer stopped, after the partition had moved to "
                        + "the second member, which committed %d: anything else is an old offset committed again - "
                        + "processed is not emptied after each commit, so a later commit (the one in finally) sends "
                        + "the offsets of a partition that is no longer yours", moving, BEFORE_HAND_OVER + AFTER_HAND_OVER)
                .isEqualTo(BEFORE_HAND_OVER + AFTER_HAND_OVER);
    }

    /** A plain member of {@code group} (dynamic: no group.instance.id) that commits only when told to. */
    private static Properties secondMember(String group) {
        Properties props = DrillConsumers.settings(group);
        props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-second-member");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // It learns of rebalances from heartbeats: every 0.5 s instead of 3 s.
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        return props;
    }

    private static void pollWhileAlive(ChildProcess first, KafkaConsumer<Integer, String> second, String what,
                                       BooleanSupplier done) {
        pollWhileAlive(first, second, what, done, new ConcurrentHashMap<>());
    }

    /** Polls {@code second} (on this thread) until {@code done}; {@code read} gets each partition's next offset. */
    private static void pollWhileAlive(ChildProcess first, KafkaConsumer<Integer, String> second, String what,
                                       BooleanSupplier done, Map<TopicPartition, Long> read) {
        Waiting.await(what, Waiting.PATIENCE, () -> {
            if (!first.isAlive()) {
                throw new IllegalStateException("The exercise's consumer exited while waiting for " + what
                        + ". Its last output:\n" + first.tail());
            }
            for (ConsumerRecord<Integer, String> record : second.poll(Duration.ofMillis(100))) {
                read.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            }
            return done.getAsBoolean();
        });
    }

    /** Writes events {@code from .. from+count-1} to {@code partition}, numbered as {@link NumberedEvents} are. */
    private static void sendNumbered(TestKafka kafka, TopicPartition partition, int from, int count) {
        kafka.send(IntStream.range(from, from + count)
                .mapToObj(number -> new ProducerRecord<byte[], byte[]>(partition.topic(), partition.partition(), null,
                        Integer.toString(number).getBytes(StandardCharsets.UTF_8)))
                .toList());
    }
}
