package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.GroupStart;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.SeekOnAssignment;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.2 ({@code ./labs run 5.2}): shows that a seek right after {@code subscribe()} fails, then
 * subscribes through {@link SeekOnAssignment} (the starter's or the solution's), reads every partition to
 * its end and prints where reading started.
 */
public final class SeekingInGroupDemo {

    static final String USAGE = "SeekingInGroupDemo [--partitions N] [--count N-per-partition] [--offset N]";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private SeekingInGroupDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions", "count", "offset"), List.of());
        int partitions = (int) args.positive("partitions", 3, 1);
        int count = (int) args.positive("count", 10, 1);
        long offset = args.positive("offset", 5, 0);

        String topic = Topics.createUnique("lab05-group-seek", partitions);
        for (int partition = 0; partition < partitions; partition++) {
            DemoData.fill(topic, partition, "p" + partition, count);
        }
        System.out.printf("Wrote %d records to each of the %d partitions of %s.%n", count, partitions, topic);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-readers");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // Where reading starts is the exercise's choice: no committed offset may make the next run start elsewhere.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);

        try (Consumer<String, String> consumer = new KafkaConsumer<>(props)) {
            showThatAnEarlySeekFails(consumer, topic, offset);
            Variant.current().instantiate(GroupStart.class, SeekOnAssignment.class).subscribeFrom(consumer, topic, offset);

            Map<Integer, ConsumerRecord<String, String>> firstRead = new TreeMap<>();
            Map<Integer, Integer> readCount = new TreeMap<>();
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            Set<Integer> readToTheLast = new HashSet<>();
            while (readToTheLast.size() < partitions && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    firstRead.putIfAbsent(record.partition(), record);
                    readCount.merge(record.partition(), 1, Integer::sum);
                    if (record.offset() == count - 1) {
                        readToTheLast.add(record.partition());
                    }
                }
            }

            System.out.printf("%nSubscribed through SeekOnAssignment, asking to start at offset %d:%n", offset);
            Table table = new Table("partition", "first offset read", "first value", "records read");
            firstRead.forEach((partition, record) -> table.row(partition, record.offset(), record.value(),
                    readCount.get(partition)));
            table.print();
        }
    }

    /** The guide's warning, live: right after subscribe() the consumer owns no partition yet. */
    private static void showThatAnEarlySeekFails(Consumer<?, ?> consumer, String topic, long offset) {
        consumer.subscribe(List.of(topic));
        try {
            consumer.seek(new TopicPartition(topic, 0), offset);
            System.out.println("A seek right after subscribe() worked?! This consumer already owned partition 0.");
        } catch (IllegalStateException e) {
            System.out.printf("%nseek() right after subscribe() fails, the group has assigned nothing yet:%n  %s%n",
                    e.getMessage());
        }
        consumer.unsubscribe();
    }
}
