package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 5.2 - seeking inside a group: {@code subscribe()} with a {@link SeekOnAssignment} listener, so that
 * every partition the group assigns starts at {@code --offset}. It first shows that a seek before the
 * assignment fails, then reads each partition to its end and prints where reading started.
 */
public final class SeekingInGroup {

    static final String USAGE = "SeekingInGroup [--partitions N] [--count N-per-partition] [--offset N]";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private SeekingInGroup() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions", "count", "offset"), List.of());
        int partitions = (int) args.positive("partitions", 3, 1);
        int count = (int) args.positive("count", 10, 1);
        long offset = args.positive("offset", 5, 0);

        String topic = DemoData.freshTopic("lab05-group-seek", partitions);
        for (int partition = 0; partition < partitions; partition++) {
            DemoData.fill(topic, partition, "p" + partition, count);
        }
        System.out.printf("Wrote %d records to each of the %d partitions of %s.%n", count, partitions, topic);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-readers");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // The listener decides where to start, so no offsets are committed that a rerun would pick up.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);

        try (Consumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic), new SeekOnAssignment(consumer, offset));
            tryToSeekBeforeAssignment(consumer, new TopicPartition(topic, 0), offset);

            Map<Integer, ConsumerRecord<String, String>> firstRead = new TreeMap<>();
            Map<Integer, Integer> readCount = new TreeMap<>();
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (!everyPartitionAtItsEnd(consumer, partitions) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    firstRead.putIfAbsent(record.partition(), record);
                    readCount.merge(record.partition(), 1, Integer::sum);
                }
            }

            System.out.printf("%nAfter the group assigned the partitions, the listener sought to offset %d:%n", offset);
            Table table = new Table("partition", "first offset read", "first value", "records read");
            firstRead.forEach((partition, record) -> table.row(partition, record.offset(), record.value(),
                    readCount.get(partition)));
            table.print();
        }
    }

    private static void tryToSeekBeforeAssignment(Consumer<?, ?> consumer, TopicPartition partition, long offset) {
        try {
            consumer.seek(partition, offset);
            System.out.println("Seek before the first poll() worked?! This consumer already owned " + partition);
        } catch (IllegalStateException e) {
            System.out.printf("%nseek() right after subscribe() fails, the group has assigned nothing yet:%n  %s%n",
                    e.getMessage());
        }
    }

    private static boolean everyPartitionAtItsEnd(Consumer<?, ?> consumer, int partitions) {
        if (consumer.assignment().size() < partitions) {
            return false;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
