package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab03.GroupMembers.Member;
import dev.kafkalabs.lab03.solution.GroupSettings;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@ExerciseCheck("3.3")
class GroupAssignmentIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private static List<String> twoTopics;
    private static String twoPartitionTopic;

    private final AssignmentSettings settings = Variant.current().instantiate(AssignmentSettings.class, GroupSettings.class);

    @BeforeAll
    static void createTopics(TestKafka kafka) {
        twoTopics = List.of(kafka.createTopic("lab03-orders", 3), kafka.createTopic("lab03-payments", 3));
        twoPartitionTopic = kafka.createTopic("lab03-small", 2);
    }

    @Test
    void rangeGivesOneConsumerFourPartitionsAndTheOtherTwo(TestKafka kafka) throws Exception {
        List<Member> members = twoMembersOfTwoTopics(kafka, AssignmentMode.RANGE);

        assertThat(counts(members)).as("partitions per consumer with RangeAssignor: %s", members)
                .containsExactlyInAnyOrder(4, 2);
        assertThat(new HashSet<>(members.get(0).revoked())).as("eager rebalancing: the first consumer gave up all "
                + "6 partitions when the second joined, then got some back: %s", members).hasSize(6);
    }

    @Test
    void roundRobinGivesEachConsumerThree(TestKafka kafka) throws Exception {
        List<Member> members = twoMembersOfTwoTopics(kafka, AssignmentMode.ROUND_ROBIN);

        assertThat(counts(members)).as("partitions per consumer with RoundRobinAssignor: %s. 4 / 2 is Range: "
                        + "without partition.assignment.strategy the classic default strategy [Range, "
                        + "CooperativeSticky] uses Range", members)
                .containsExactly(3, 3);
    }

    @Test
    void cooperativeStickyIsBalancedAndMovesOnlyWhatTheNewcomerGets(TestKafka kafka) throws Exception {
        List<Member> members = twoMembersOfTwoTopics(kafka, AssignmentMode.COOPERATIVE_STICKY);
        Member first = members.get(0);
        Member second = members.get(1);

        assertThat(counts(members)).as("partitions per consumer with CooperativeStickyAssignor: %s. 4 / 2 is Range: "
                        + "without partition.assignment.strategy the classic default strategy [Range, "
                        + "CooperativeSticky] uses Range", members)
                .containsExactly(3, 3);
        assertThat(new HashSet<>(first.revoked())).as("incremental rebalancing: the first consumer gives up only "
                + "the partitions the second one gets, and keeps working on the rest: %s", members)
                .isEqualTo(second.owned());
    }

    @Test
    void theConsumerProtocolAssignsOnTheBrokerWithRangeOrUniform(TestKafka kafka) throws Exception {
        List<Member> range = twoMembersOfTwoTopics(kafka, AssignmentMode.SERVER_RANGE);
        List<Member> uniform = twoMembersOfTwoTopics(kafka, AssignmentMode.SERVER_UNIFORM);

        assertThat(counts(range)).as("group.remote.assignor=range: %s", range).containsExactlyInAnyOrder(4, 2);
        assertThat(counts(uniform)).as("group.remote.assignor=uniform: %s", uniform).containsExactly(3, 3);
    }

    @Test
    void theConsumerProtocolRejectsAClientSideAssignor(TestKafka kafka) {
        Properties props = kafka.consumerProperties("lab03-rejected");
        props.putAll(settings.settingsFor(AssignmentMode.SERVER_UNIFORM));
        props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());

        assertThatThrownBy(() -> new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer()).close())
                .as("creating a consumer with the settings for %s plus partition.assignment.strategy: the consumer "
                        + "protocol (group.protocol=consumer) rejects a client-side assignor, naming "
                        + "partition.assignment.strategy - anything else means group.protocol was not set to consumer, "
                        + "and then group.remote.assignor is not used either", AssignmentMode.SERVER_UNIFORM)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG);
    }

    @Test
    void aThirdConsumerOnATwoPartitionTopicGetsNothing(TestKafka kafka) throws Exception {
        List<Member> members = membersOf(kafka, AssignmentMode.RANGE, List.of(twoPartitionTopic), 3, 2);

        assertThat(counts(members)).as("partitions per consumer, 3 consumers on 2 partitions: %s", members)
                .containsExactlyInAnyOrder(1, 1, 0);
    }

    private List<Member> twoMembersOfTwoTopics(TestKafka kafka, AssignmentMode mode) throws InterruptedException {
        return membersOf(kafka, mode, twoTopics, 2, 6);
    }

    private List<Member> membersOf(TestKafka kafka, AssignmentMode mode, List<String> topics, int memberCount,
                                   int partitionCount) throws InterruptedException {
        Properties modeSettings = settings.settingsFor(mode);
        try (GroupMembers group = new GroupMembers(kafka.uniqueName("lab03-assign"), topics, modeSettings)) {
            for (int member = 1; member <= memberCount; member++) {
                String name = "consumer-" + member;
                assertThatCode(() -> group.start(name))
                        .as("creating a consumer with the settings for %s (%s): Kafka refused them, its error below "
                                + "says why (the consumer protocol, for one, rejects client-side settings such as "
                                + "partition.assignment.strategy; a setting's value must have the type Kafka expects)",
                                mode.label(), modeSettings)
                        .doesNotThrowAnyException();
                int members = member;
                await().atMost(SETTLE).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(
                        group.settled(partitionCount))
                        .as("%s: %d consumers own all %d partitions exactly once, as the coordinator says; now: %s",
                                mode.label(), members, partitionCount, group.members())
                        .isTrue());
            }
            List<Member> members = group.members();
            Set<TopicPartition> all = new HashSet<>();
            members.forEach(member -> all.addAll(member.owned()));
            assertThat(all).as("partitions owned").hasSize(partitionCount);
            return members;
        }
    }

    private static List<Integer> counts(List<Member> members) {
        return members.stream().map(member -> member.owned().size()).toList();
    }
}
