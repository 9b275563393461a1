package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.OffsetInspector;
import dev.kafkalabs.lab05.OffsetRuler;
import dev.kafkalabs.lab05.OffsetSnapshot;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.OffsetAnatomy;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.5 ({@code ./labs run 5.5}): a committed transaction, a consumer that reads some records and
 * commits fewer, then an open transaction - with the partition's offsets read by {@link OffsetAnatomy}
 * (the starter's or the solution's) drawn on a ruler after each step.
 */
public final class OffsetAnatomyDemo {

    static final String USAGE = "OffsetAnatomyDemo [--committed-tx N] [--read N] [--commit N] [--open-tx N]";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private OffsetAnatomyDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("committed-tx", "read", "commit", "open-tx"), List.of());
        int committedTx = (int) args.positive("committed-tx", 10, 1);
        int read = (int) args.positive("read", 6, 0);
        int commit = (int) args.positive("commit", 4, 0);
        int openTx = (int) args.positive("open-tx", 3, 1);
        if (read > committedTx || commit > read) {
            throw new UsageException("Need --commit <= --read <= --committed-tx.\nUsage: " + USAGE);
        }

        String topic = Topics.createUnique("lab05-anatomy", 1);
        TopicPartition partition = new TopicPartition(topic, 0);
        Table table = new Table("moment", "committed", "position", "last stable", "high watermark",
                "consumer lag (S-P)", "group lag (H-C)");

        try (Producer<String, String> producer = transactionalProducer(topic);
             Consumer<String, String> consumer = readCommittedConsumer(topic);
             Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            OffsetInspector inspector = Variant.current().instantiate(OffsetInspector.class, OffsetAnatomy.class,
                    consumer, admin);
            producer.initTransactions();

            producer.beginTransaction();
            sendValues(producer, topic, "committed", committedTx);
            producer.commitTransaction();
            System.out.printf("1. A transaction wrote %d records (offsets 0..%d) and committed: its commit marker"
                    + " takes offset %d.%n", committedTx, committedTx - 1, committedTx);

            consumer.assign(List.of(partition));
            readExactly(consumer, read);
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(commit)));
            System.out.printf("2. A read_committed consumer read %d records and committed offset %d"
                    + " (it has processed %d).%n", read, commit, commit);
            OffsetSnapshot settled = inspector.inspect(partition);
            row(table, "after the commit", settled);
            OffsetRuler.print(settled, System.out);

            producer.beginTransaction();
            sendValues(producer, topic, "open", openTx);
            producer.flush();
            System.out.printf("%n3. A second transaction wrote %d records and is still open.%n", openTx);
            OffsetSnapshot open = inspector.inspect(partition);
            System.out.printf("   read_committed consumers stop at S=%d: offsets %d..%d belong to the open transaction.%n",
                    open.lastStableOffset(), open.lastStableOffset(), open.highWatermark() - 1);
            row(table, "transaction open", open);
            OffsetRuler.print(open, System.out);

            producer.commitTransaction();
            System.out.printf("%n4. The second transaction committed; once the coordinator has written its marker,"
                    + " the last stable offset catches up.%n");
            OffsetSnapshot committed = awaitNoOpenTransaction(inspector, partition);
            row(table, "after its commit", committed);
            OffsetRuler.print(committed, System.out);
        }
        System.out.printf("%nPartition %s:%n", partition);
        table.print();
    }

    /**
     * {@code commitTransaction()} returns once the commit is decided; the transaction coordinator writes the
     * markers to the partitions right after, so the last stable offset moves a moment later. Waits for that (at
     * most {@link #TIMEOUT}) and returns the offsets then.
     */
    private static OffsetSnapshot awaitNoOpenTransaction(OffsetInspector inspector, TopicPartition partition) {
        Waiting.until(TIMEOUT, () -> {
            OffsetSnapshot snapshot = inspector.inspect(partition);
            return snapshot.lastStableOffset() >= snapshot.highWatermark();
        });
        return inspector.inspect(partition);
    }

    private static Producer<String, String> transactionalProducer(String topic) {
        Properties props = DemoData.producerProperties();
        // A transactional id turns on transactions (and fences older producers with the same id).
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-writer");
        return new KafkaProducer<>(props);
    }

    private static Consumer<String, String> readCommittedConsumer(String topic) {
        Properties props = KafkaBootstrap.clientProperties();
        // The group owns the committed offset the snapshot shows.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-group");
        // Nothing committed yet: start at the first record.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Skip records of open or aborted transactions: never read past the last stable offset.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        // The demo commits explicitly, at the offset it chooses.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // One record per poll, so the position ends exactly after the records the demo reads.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    private static void sendValues(Producer<String, String> producer, String topic, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, 0, null, prefix + "-" + i));
        }
    }

    private static void readExactly(Consumer<String, String> consumer, int count) {
        int read = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (read < count && System.nanoTime() < deadline) {
            read += consumer.poll(POLL).count();
        }
        if (read < count) {
            throw new IllegalStateException("Read only " + read + " of " + count + " records in " + TIMEOUT);
        }
    }

    private static void row(Table table, String moment, OffsetSnapshot snapshot) {
        table.row(moment, snapshot.lastCommitted(), snapshot.position(), snapshot.lastStableOffset(),
                snapshot.highWatermark(), snapshot.consumerLag(), snapshot.groupLag());
    }
}
