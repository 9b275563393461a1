package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.StartingPositions;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.WhereConsumerStarts;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.4 ({@code ./labs run 5.4}): for groups in three situations (nothing committed, a commit inside
 * the log, a commit past its end) and each {@code auto.offset.reset}, prints where
 * {@link WhereConsumerStarts} (the starter's or the solution's) predicts a consumer starts, and where a
 * real consumer of that group does start.
 */
public final class WhereConsumerStartsDemo {

    static final String USAGE = "WhereConsumerStartsDemo [--count N] [--deleted N] [--committed N] [--beyond N]";
    private static final List<String> POLICIES = List.of("earliest", "latest", "none");
    private static final Duration POLL = Duration.ofMillis(100);
    /** How long a real consumer gets to fetch, hear "out of range" and apply its policy. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private WhereConsumerStartsDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("count", "deleted", "committed", "beyond"), List.of());
        int count = (int) args.positive("count", 8, 1);
        int deleted = (int) args.positive("deleted", 2, 0);
        long committed = args.positive("committed", 5, 0);
        long beyond = args.positive("beyond", 100, 1);
        if (deleted >= count || committed < deleted || committed > count) {
            throw new UsageException("Need --deleted < --count and --deleted <= --committed <= --count, so that the"
                    + " commit lies inside the log.\nUsage: " + USAGE);
        }

        String topic = Topics.createUnique("lab05-start", 1);
        TopicPartition partition = new TopicPartition(topic, 0);
        DemoData.fill(topic, 0, "record", count);
        DemoData.deleteRecordsBefore(partition, deleted);
        System.out.printf("Wrote %d records to %s and deleted those below offset %d: the log holds offsets %d..%d"
                + " (log start %d, end %d).%n%n", count, partition, deleted, deleted, count - 1, deleted, count);

        Map<String, OptionalLong> situations = new LinkedHashMap<>();
        situations.put("nothing committed", OptionalLong.empty());
        situations.put("committed " + committed, OptionalLong.of(committed));
        situations.put("committed " + (count + beyond) + " (past the end)", OptionalLong.of(count + beyond));

        Table table = new Table("group", "auto.offset.reset", "predicted start", "a real consumer starts at");
        int matches = 0;
        for (Map.Entry<String, OptionalLong> situation : situations.entrySet()) {
            for (String policy : POLICIES) {
                String group = Topics.uniqueName(topic + "-group");
                situation.getValue().ifPresent(offset -> commit(group, partition, offset));
                OptionalLong predicted;
                try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group, policy))) {
                    // Assigned, so that the offsets it looks up are kept (and not logged as unwanted).
                    consumer.assign(List.of(partition));
                    predicted = Variant.current().instantiate(StartingPositions.class, WhereConsumerStarts.class, consumer)
                            .startingPositions(policy, List.of(partition)).get(partition);
                }
                Start actual = realStart(group, policy, partition);
                if (actual.offset().equals(predicted)) {
                    matches++;
                }
                table.row(situation.getKey(), policy, describe(predicted), actual.description());
            }
        }
        table.print();
        int rows = situations.size() * POLICIES.size();
        System.out.printf("%n%s%n", matches == rows ? "All " + rows + " predictions match what a real consumer did."
                : (rows - matches) + " of " + rows + " predictions differ from what a real consumer did.");
    }

    /** Where a real consumer of the group started, or why it did not. */
    private record Start(OptionalLong offset, String description) {
    }

    /**
     * Starts a consumer of the group and lets it fetch: an out-of-range position is only noticed when the
     * broker answers a fetch, and only then does the policy move it.
     */
    private static Start realStart(String group, String policy, TopicPartition partition) {
        try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group, policy))) {
            consumer.assign(List.of(partition));
            long deadline = System.nanoTime() + SETTLE.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    long first = records.iterator().next().offset();
                    return new Start(OptionalLong.of(first), "offset " + first);
                }
            }
            long position = consumer.position(partition);
            return new Start(OptionalLong.of(position), "offset " + position + " (nothing to read yet)");
        } catch (NoOffsetForPartitionException e) {
            return new Start(OptionalLong.empty(), "throws NoOffsetForPartitionException");
        } catch (OffsetOutOfRangeException e) {
            return new Start(OptionalLong.empty(), "throws OffsetOutOfRangeException " + e.offsetOutOfRangePartitions());
        }
    }

    private static String describe(OptionalLong predicted) {
        return predicted == null ? "(no answer)" : predicted.isPresent() ? "offset " + predicted.getAsLong() : "throws";
    }

    private static void commit(String group, TopicPartition partition, long offset) {
        try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group, "none"))) {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }

    private static Properties consumerProperties(String group, String policy) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // The situation under study: what this consumer does when its group has no valid position.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, policy);
        // Looking must not change the group's committed offset.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
    }
}
