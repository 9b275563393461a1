package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.PartitionJumps;
import dev.kafkalabs.lab05.Reading;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 5.1 - jumping offsets with {@code assign()}: a consumer that owns a partition without a group can
 * put its position anywhere with {@code seekToBeginning}, {@code seekToEnd} and {@code seek}.
 */
public final class JumpingOffsets implements PartitionJumps {

    static final String USAGE = "JumpingOffsets [--count N] [--offset N]";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration QUIET_READ = Duration.ofSeconds(1);

    private final Consumer<?, ?> consumer;
    private final TopicPartition partition;

    public JumpingOffsets(Consumer<?, ?> consumer, TopicPartition partition) {
        this.consumer = consumer;
        this.partition = partition;
    }

    @Override
    public void jumpToBeginning() {
        throw new UnsupportedOperationException("Lab 5.1: move the position to the first offset of the partition with "
                + "consumer.seekToBeginning(...) - see lab05-seek-offsets/README.md section 5.1");
    }

    @Override
    public void jumpToEnd() {
        throw new UnsupportedOperationException("Lab 5.1: move the position to the end of the partition with "
                + "consumer.seekToEnd(...) - see lab05-seek-offsets/README.md section 5.1");
    }

    @Override
    public void jumpTo(long offset) {
        throw new UnsupportedOperationException("Lab 5.1: move the position to offset with consumer.seek(partition, offset) - see"
                + " lab05-seek-offsets/README.md section 5.1");
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("count", "offset"), List.of());
        int count = (int) args.positive("count", 20, 1);
        long target = args.positive("offset", 7, 0);
        if (target >= count) {
            throw new UsageException("--offset must be below --count (" + count + ") to land on a record.\nUsage: " + USAGE);
        }

        String topic = DemoData.freshTopic("lab05-jumps", 1);
        TopicPartition partition = new TopicPartition(topic, 0);
        DemoData.fill(topic, 0, "record", count);
        System.out.printf("Wrote %d records (offsets 0..%d) to %s.%n%n", count, count - 1, partition);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props);
             Producer<String, String> producer = DemoData.producer()) {
            // assign(): this consumer owns the partition outright - no group, no rebalance, seek at once.
            consumer.assign(List.of(partition));
            PartitionJumps jumps = new JumpingOffsets(consumer, partition);
            Table table = new Table("jump", "position after it", "first record read");

            jumps.jumpToBeginning();
            table.row("seekToBeginning", consumer.position(partition), Reading.describe(Reading.nextRecord(consumer, READ_TIMEOUT)));

            jumps.jumpTo(target);
            table.row("seek(" + target + ")", consumer.position(partition), Reading.describe(Reading.nextRecord(consumer, READ_TIMEOUT)));

            jumps.jumpToEnd();
            long end = consumer.position(partition);
            table.row("seekToEnd", end, Reading.describe(Reading.nextRecord(consumer, QUIET_READ)) + " (nothing old)");

            DemoData.sendAndWait(producer, new ProducerRecord<>(topic, 0, null, "written-after-seekToEnd"));
            Optional<ConsumerRecord<String, String>> fresh = Reading.nextRecord(consumer, READ_TIMEOUT);
            table.row("(a new record is written)", end, Reading.describe(fresh));
            table.print();
        }
        System.out.printf("%nA seek only moves this consumer's position: nothing is read or committed until poll().%n");
    }
}
