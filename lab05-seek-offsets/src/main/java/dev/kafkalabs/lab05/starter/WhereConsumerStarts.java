package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.StartingPositions;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 5.4 - where a consumer starts. With a committed offset it resumes there; without one
 * {@code auto.offset.reset} decides: {@code earliest}, {@code latest} or {@code none} (an exception).
 * The same policy applies when the position is out of range, e.g. after a seek past the end.
 */
public final class WhereConsumerStarts implements StartingPositions {

    static final String USAGE = "WhereConsumerStarts [--partitions N] [--count N-per-partition] [--beyond N]";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);
    private static final List<String> POLICIES = List.of("earliest", "latest", "none");

    private final Properties clientProperties;
    private final String topic;

    public WhereConsumerStarts(Properties clientProperties, String topic) {
        this.clientProperties = clientProperties;
        this.topic = topic;
    }

    @Override
    public Map<TopicPartition, Long> newGroupStartsAt(String policy) {
        Properties props = consumerProperties(policy);
        // A group id nobody used before: it has no committed offsets, so the reset policy decides.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "lab05-new-group-" + UUID.randomUUID());
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> starts = new LinkedHashMap<>();
            for (TopicPartition partition : partitions) {
                // position() looks up the committed offset and, finding none, applies the policy.
                starts.put(partition, consumer.position(partition));
            }
            return starts;
        }
    }

    @Override
    public long readsFromAfterSeekPastEnd(String policy, long beyond) {
        try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(policy))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long pastTheEnd = end + beyond;
            seekBeyondTheEnd(consumer, partition, pastTheEnd);

            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    return records.iterator().next().offset();
                }
                if (consumer.position(partition) != pastTheEnd) {
                    return consumer.position(partition);
                }
            }
            throw new IllegalStateException("The position stayed at " + pastTheEnd + " for " + GIVE_UP_AFTER);
        }
    }

    /** A seek is not checked against the log: the broker only objects at the next fetch. */
    private static void seekBeyondTheEnd(Consumer<?, ?> consumer, TopicPartition partition, long pastTheEnd) {
        throw new UnsupportedOperationException("Lab 5.4: seek partition to pastTheEnd with consumer.seek(...) - see "
                + "lab05-seek-offsets/README.md section 5.4");
    }

    private Properties consumerProperties(String policy) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        chooseResetPolicy(props, policy);
        return props;
    }

    private static void chooseResetPolicy(Properties props, String policy) {
        throw new UnsupportedOperationException("Lab 5.4: set ConsumerConfig.AUTO_OFFSET_RESET_CONFIG to policy (earliest, latest"
                + " or none) - see lab05-seek-offsets/README.md section 5.4");
    }

    private List<TopicPartition> partitions(Consumer<?, ?> consumer) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions", "count", "beyond"), List.of());
        int partitions = (int) args.positive("partitions", 2, 1);
        int count = (int) args.positive("count", 5, 1);
        long beyond = args.positive("beyond", 100, 1);

        String topic = DemoData.freshTopic("lab05-start", partitions);
        for (int partition = 0; partition < partitions; partition++) {
            DemoData.fill(topic, partition, "p" + partition, count);
        }
        System.out.printf("Wrote %d records (offsets 0..%d) to each of the %d partitions of %s.%n%n",
                count, count - 1, partitions, topic);
        StartingPositions starts = new WhereConsumerStarts(KafkaBootstrap.clientProperties(), topic);

        System.out.println("A new group (nothing committed) starts at:");
        Table newGroup = new Table("auto.offset.reset", "starting position per partition");
        for (String policy : POLICIES) {
            newGroup.row(policy, describe(() -> perPartition(starts.newGroupStartsAt(policy))));
        }
        newGroup.print();

        System.out.printf("%nA consumer that seeks to %d offsets past the end of partition 0 (end = %d) reads from:%n",
                beyond, count);
        Table pastTheEnd = new Table("auto.offset.reset", "reads from");
        for (String policy : POLICIES) {
            pastTheEnd.row(policy, describe(() -> "offset " + starts.readsFromAfterSeekPastEnd(policy, beyond)));
        }
        pastTheEnd.print();
        System.out.printf("%nWith 'none' the application decides: commit or seek to a valid offset first, or stop.%n");
    }

    private static String perPartition(Map<TopicPartition, Long> positions) {
        StringBuilder text = new StringBuilder();
        positions.forEach((partition, position) -> text.append("p").append(partition.partition())
                .append(" at ").append(position).append("   "));
        return text.toString().strip();
    }

    /** Runs one experiment and turns the two "no position" exceptions into a sentence. */
    private static String describe(Supplier<String> experiment) {
        try {
            return experiment.get();
        } catch (NoOffsetForPartitionException e) {
            return "NoOffsetForPartitionException - nothing committed for " + e.partitions().size()
                    + " partition(s) and 'none' forbids guessing";
        } catch (OffsetOutOfRangeException e) {
            return "OffsetOutOfRangeException - " + e.offsetOutOfRangePartitions().values()
                    + " is out of range and 'none' forbids resetting it";
        }
    }
}
