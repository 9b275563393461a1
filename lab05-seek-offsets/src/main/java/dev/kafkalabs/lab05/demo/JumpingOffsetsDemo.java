package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.PartitionJumps;
import dev.kafkalabs.lab05.Reading;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.JumpingOffsets;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.1 ({@code ./labs run 5.1}): writes records to a one-partition topic, deletes the oldest as
 * retention would, then makes each jump of {@link JumpingOffsets} (the starter's or the solution's) and
 * prints where it landed.
 */
public final class JumpingOffsetsDemo {

    static final String USAGE = "JumpingOffsetsDemo [--count N] [--deleted N] [--offset N]";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration QUIET_READ = Duration.ofSeconds(1);

    private JumpingOffsetsDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("count", "deleted", "offset"), List.of());
        int count = (int) args.positive("count", 20, 1);
        int deleted = (int) args.positive("deleted", 5, 0);
        long target = args.positive("offset", 12, 0);
        if (deleted >= count || target < deleted || target >= count) {
            throw new UsageException("Need --deleted < --count and --deleted <= --offset < --count, so that the"
                    + " jump lands on a record.\nUsage: " + USAGE);
        }

        String topic = Topics.createUnique("lab05-jumps", 1);
        TopicPartition partition = new TopicPartition(topic, 0);
        DemoData.fill(topic, 0, "record", count);
        DemoData.deleteRecordsBefore(partition, deleted);
        System.out.printf("Wrote %d records (offsets 0..%d) to %s, then deleted offsets below %d as retention"
                + " would:%nthe log now starts at offset %d.%n%n", count, count - 1, partition, deleted, deleted);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // A position outside the log is an error here, not something to repair silently.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props);
             Producer<String, String> producer = DemoData.producer()) {
            // assign(): this consumer owns the partition outright - no group, no rebalance, it can jump at once.
            consumer.assign(List.of(partition));
            PartitionJumps jumps = Variant.current().instantiate(PartitionJumps.class, JumpingOffsets.class,
                    consumer, partition);
            Table table = new Table("jump", "position after it", "first record read");

            jumps.jumpTo(target);
            table.row("jumpTo(" + target + ")", consumer.position(partition),
                    readNext(consumer, READ_TIMEOUT));

            jumps.jumpToBeginning();
            table.row("jumpToBeginning", consumer.position(partition), readNext(consumer, READ_TIMEOUT));

            jumps.jumpToEnd();
            long end = consumer.position(partition);
            table.row("jumpToEnd", end, readNext(consumer, QUIET_READ) + " (nothing old)");

            DemoData.sendAndWait(producer, new ProducerRecord<>(topic, 0, null, "written-after-the-jump"));
            table.row("(a new record is written)", end, readNext(consumer, READ_TIMEOUT));
            table.print();
        }
        System.out.printf("%nA jump only moves this consumer's position: nothing is read or committed until poll().%n");
    }

    /** The next record as a table cell; a position outside the log is reported, not repaired. */
    private static String readNext(Consumer<String, String> consumer, Duration timeout) {
        try {
            return Reading.describe(Reading.nextRecord(consumer, timeout));
        } catch (OffsetOutOfRangeException e) {
            return "out of range: " + e.offsetOutOfRangePartitions() + " is not in the log";
        }
    }
}
