package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.AssignmentMode;
import dev.kafkalabs.lab03.GroupMembers;
import dev.kafkalabs.lab03.GroupMembers.Member;
import dev.kafkalabs.lab03.AssignmentSettings;
import dev.kafkalabs.lab03.solution.GroupSettings;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 3.3 - how a consumer group splits partitions, with the settings of your {@code GroupSettings}. Two consumers share two topics of three partitions
 * under each assignment mode; then a client-side assignor is tried with the consumer protocol (rejected);
 * then three consumers share a topic of two partitions.
 */
public final class AssignmentDemo {

    static final String USAGE = "AssignmentDemo";
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final String ROW = "%-42s %-11s %-40s %5s  %s%n";

    private AssignmentDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args.parse(argv, USAGE, List.of(), List.of());
        AssignmentSettings settings = Variant.current().instantiate(AssignmentSettings.class, GroupSettings.class);
        List<String> twoTopics = List.of(Topics.createUnique("lab03-orders", 3), Topics.createUnique("lab03-payments", 3));
        System.out.printf("Two topics of 3 partitions: %s. Two consumers subscribe to both.%n%n", twoTopics);
        System.out.printf(ROW, "assignment", "member", "partitions", "count", "gave up while others joined");
        for (AssignmentMode mode : AssignmentMode.values()) {
            printTable(mode.label(), run(settings.settingsFor(mode), twoTopics, 2, 6));
        }

        System.out.println();
        System.out.println("The consumer protocol with a client-side assignor:");
        Properties rejected = settings.settingsFor(AssignmentMode.SERVER_RANGE);
        rejected.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        System.out.println("  " + creationError(rejected));

        String twoPartitions = Topics.createUnique("lab03-small", 2);
        System.out.printf("%nThree consumers, one topic of 2 partitions (%s):%n", twoPartitions);
        printTable(AssignmentMode.RANGE.label(),
                run(settings.settingsFor(AssignmentMode.RANGE), List.of(twoPartitions), 3, 2));
    }

    /** Starts {@code memberCount} consumers of a fresh group one after another and returns the settled assignment. */
    static List<Member> run(Properties settings, List<String> topics, int memberCount, int partitionCount)
            throws InterruptedException {
        try (GroupMembers group = new GroupMembers(Topics.uniqueName("lab03-assignment"), topics, settings)) {
            for (int member = 1; member <= memberCount; member++) {
                group.start("consumer-" + member);
                if (!group.awaitSettled(partitionCount, SETTLE_TIMEOUT)) {
                    throw new IllegalStateException("The group did not settle within " + SETTLE_TIMEOUT + ": "
                            + group.members());
                }
            }
            return group.members();
        }
    }

    /** What creating a consumer with {@code settings} says, or "accepted". */
    static String creationError(Properties settings) {
        Properties props = KafkaBootstrap.clientProperties();
        props.putAll(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, Topics.uniqueName("lab03-rejected"));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            return "accepted";
        } catch (KafkaException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** "lab03-orders-1a2b3c4d-2" without the run's unique suffix: "orders-2". */
    private static String shortName(TopicPartition partition) {
        String topic = partition.topic();
        return topic.substring("lab03-".length(), topic.lastIndexOf('-')) + "-" + partition.partition();
    }

    private static void printTable(String label, List<Member> members) {
        for (Member member : members) {
            String partitions = member.owned().stream().map(AssignmentDemo::shortName).collect(Collectors.joining(" "));
            System.out.printf(ROW, label, member.name(), partitions.isEmpty() ? "(nothing)" : partitions,
                    member.owned().size(), member.revoked().size());
            label = "";
        }
        System.out.println();
    }
}
