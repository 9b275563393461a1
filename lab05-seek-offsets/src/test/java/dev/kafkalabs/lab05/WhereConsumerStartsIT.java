package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kafkalabs.lab05.demo.WhereConsumerStartsDemo;
import dev.kafkalabs.lab05.solution.WhereConsumerStarts;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two partitions of 6 records (offsets 0..5, end offset 6); partition 0's records below offset 2 were
 * deleted, as retention would, so its log starts at 2 while partition 1's starts at 0.
 */
@ExerciseCheck("5.4")
class WhereConsumerStartsIT {

    private static final int PER_PARTITION = 6;
    private static final long P0_LOG_START = 2;
    private static final long END = PER_PARTITION;

    private TestKafka kafka;
    private TopicPartition p0;
    private TopicPartition p1;

    @BeforeEach
    void fillTwoPartitionsAndDeleteTheOldestOfTheFirst(TestKafka kafka) {
        this.kafka = kafka;
        String topic = kafka.createTopic("lab05-start", 2);
        DemoData.fill(topic, 0, "p0", PER_PARTITION);
        DemoData.fill(topic, 1, "p1", PER_PARTITION);
        p0 = new TopicPartition(topic, 0);
        p1 = new TopicPartition(topic, 1);
        DemoData.deleteRecordsBefore(kafka.admin(), p0, P0_LOG_START);
    }

    @Test
    void aGroupWithNothingCommittedStartsWhereThePolicySays() {
        String group = kafka.uniqueName("lab05-new-group");

        assertThat(startingPositions(group, "earliest"))
                .as("where a new group starts with earliest: the first offset still in the log on each partition"
                        + " (partition 0 starts at %d), not offset 0", P0_LOG_START)
                .isEqualTo(Map.of(p0, OptionalLong.of(P0_LOG_START), p1, OptionalLong.of(0)));
        assertThat(startingPositions(group, "latest"))
                .as("where a new group starts with latest: the end offset, only new records are read")
                .isEqualTo(Map.of(p0, OptionalLong.of(END), p1, OptionalLong.of(END)));
        assertThat(startingPositions(group, "none"))
                .as("where a new group starts with none: nowhere - with none a consumer without a valid"
                        + " committed offset does not guess, it throws (empty)")
                .isEqualTo(Map.of(p0, OptionalLong.empty(), p1, OptionalLong.empty()));
    }

    @Test
    void aCommittedOffsetInsideTheLogWinsOverThePolicy() {
        String group = kafka.uniqueName("lab05-resuming-group");
        commit(group, Map.of(p0, 4L));

        for (String policy : List.of("latest", "earliest", "none")) {
            assertThat(startingPositions(group, policy).get(p0))
                    .as("where a group that committed 4 on partition 0 starts there with %s: a committed offset inside"
                            + " the log wins - auto.offset.reset only applies where there is none", policy)
                    .isEqualTo(OptionalLong.of(4));
        }
        assertThat(startingPositions(group, "latest").get(p1))
                .as("where the same group starts on partition 1, where it committed nothing, with latest")
                .isEqualTo(OptionalLong.of(END));
    }

    /** The two edges of the log: both are valid commits, the ones an off-by-one in the range test gets wrong. */
    @Test
    void aCommitAtTheLogStartOrAtTheEndIsInsideTheLog() {
        String atTheEdges = kafka.uniqueName("lab05-at-the-edges");
        commit(atTheEdges, Map.of(p0, P0_LOG_START, p1, END));

        assertThat(startingPositions(atTheEdges, "latest").get(p0))
                .as("where a group that committed %d on partition 0, its log start offset (the first record still in the"
                        + " log), starts with latest: a commit equal to the log start offset is inside the log, so it"
                        + " wins", P0_LOG_START)
                .isEqualTo(OptionalLong.of(P0_LOG_START));
        assertThat(startingPositions(atTheEdges, "earliest").get(p1))
                .as("where a group that committed %d on partition 1, its end offset, starts with earliest: a group that"
                        + " read everything commits the end offset (the last record's offset + 1), which is inside the"
                        + " log - it waits there for new records, it does not start over", END)
                .isEqualTo(OptionalLong.of(END));
    }

    @Test
    void aCommittedOffsetOutsideTheLogIsOutOfRangeAndThePolicyDecides() {
        String pastTheEnd = kafka.uniqueName("lab05-past-the-end");
        commit(pastTheEnd, Map.of(p0, END + 100, p1, 3L));
        String deletedSince = kafka.uniqueName("lab05-deleted-since");
        commit(deletedSince, Map.of(p0, P0_LOG_START - 1));

        assertThat(startingPositions(pastTheEnd, "earliest"))
                .as("where a group that committed %d on partition 0 (end %d) starts with earliest: that commit is out"
                        + " of range, so the policy decides as if nothing was committed - it is not clamped to the end;"
                        + " partition 1's commit 3 is valid", END + 100, END)
                .isEqualTo(Map.of(p0, OptionalLong.of(P0_LOG_START), p1, OptionalLong.of(3)));
        assertThat(startingPositions(pastTheEnd, "none").get(p0))
                .as("the same group with none: an out-of-range commit is no position to start at, and none does not"
                        + " guess (empty)")
                .isEqualTo(OptionalLong.empty());
        assertThat(startingPositions(deletedSince, "latest").get(p0))
                .as("where a group that committed %d on partition 0, whose records below %d were deleted since, starts"
                        + " with latest: that commit is out of range, so the policy decides - it is not clamped to the"
                        + " log start", P0_LOG_START - 1, P0_LOG_START)
                .isEqualTo(OptionalLong.of(END));
    }

    @Test
    void theDemoPredictsWhatARealConsumerDoes(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, WhereConsumerStartsDemo.class, "--count", "6", "--deleted", "2",
                "--committed", "4", "--beyond", "10");

        assertThat(output).as("the demo's table")
                .containsPattern("nothing committed\\s+earliest\\s+offset 2\\s+offset 2")
                .containsPattern("nothing committed\\s+none\\s+throws\\s+throws NoOffsetForPartitionException")
                .containsPattern("committed 4\\s+latest\\s+offset 4\\s+offset 4")
                .containsPattern("committed 16 \\(past the end\\)\\s+earliest\\s+offset 2\\s+offset 2")
                .containsPattern("committed 16 \\(past the end\\)\\s+none\\s+throws\\s+throws OffsetOutOfRangeException")
                .contains("All 9 predictions match what a real consumer did.");
    }

    private Map<TopicPartition, OptionalLong> startingPositions(String group, String policy) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, policy);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = Clients.consumer(props)) {
            consumer.assign(List.of(p0, p1));
            return Variant.current().instantiate(StartingPositions.class, WhereConsumerStarts.class, consumer)
                    .startingPositions(policy, List.of(p0, p1));
        } catch (NullPointerException e) {
            return fail("startingPositions(\"" + policy + "\", ...) crashed (" + e.getMessage() + "): committed() maps "
                    + "a partition without a commit to null, and that answer must be handled - such a partition "
                    + "starts where the policy says", e);
        }
    }

    private void commit(String group, Map<TopicPartition, Long> offsets) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<String, String> consumer = Clients.consumer(props)) {
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(commits);
        }
    }
}
