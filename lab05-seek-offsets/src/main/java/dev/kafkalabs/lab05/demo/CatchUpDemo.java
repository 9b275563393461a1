package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.CatchUpReader;
import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.Served;
import dev.kafkalabs.lab05.Served.Lane;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.solution.CatchUpConsumer;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.6 ({@code ./labs run 5.6}), the catch-up trick live: a group processed some records, then was
 * down while more arrived (the backlog). On restart a {@link CatchUpConsumer} (the starter's or the
 * solution's) serves what arrives now first and works through the backlog whenever nothing live is waiting.
 */
public final class CatchUpDemo {

    static final String USAGE = "CatchUpDemo [--partitions N] [--processed N] [--missed N] [--live N]"
            + " [--live-every-ms N] [--work-ms N]";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private CatchUpDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE,
                List.of("partitions", "processed", "missed", "live", "live-every-ms", "work-ms"), List.of());
        int partitions = (int) args.positive("partitions", 2, 1);
        int processed = (int) args.positive("processed", 4, 0);
        int missed = (int) args.positive("missed", 10, 0);
        int liveCount = (int) args.positive("live", 6, 1);
        long liveEveryMs = args.positive("live-every-ms", 400, 0);
        long workMs = args.positive("work-ms", 80, 0);

        String topic = Topics.createUnique("lab05-catch-up", partitions);
        String group = topic + "-group";
        for (int partition = 0; partition < partitions; partition++) {
            DemoData.fill(topic, partition, "processed-p" + partition, processed);
            commit(group, new TopicPartition(topic, partition), processed);
            DemoData.fill(topic, partition, "missed-p" + partition, missed);
        }
        System.out.printf("Group %s processed and committed %d records per partition, then was down while %d more"
                + " per partition arrived.%nRestarting with the catch-up trick; %d live events arrive every %d ms,"
                + " each record takes %d ms to process.%n%n", group, processed, missed, liveCount, liveEveryMs, workMs);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        Map<Lane, Integer> servedCount = new EnumMap<>(Lane.class);
        try (CatchUpReader reader = Variant.current().instantiate(CatchUpReader.class, CatchUpConsumer.class,
                props, topic)) {
            Thread liveEvents = startLiveEvents(topic, partitions, liveCount, liveEveryMs);
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while ((!reader.backlogDone() || servedCount.getOrDefault(Lane.LIVE, 0) < liveCount)
                    && System.nanoTime() < deadline) {
                for (Served served : reader.poll(POLL)) {
                    System.out.printf("  %-8s p%d offset %3d  %s%n", served.lane(), served.record().partition(),
                            served.record().offset(), served.record().value());
                    servedCount.merge(served.lane(), 1, Integer::sum);
                    // Stands in for real work, so that live events arrive while the backlog is being served.
                    TimeUnit.MILLISECONDS.sleep(workMs);
                }
            }
            liveEvents.join();
        }
        System.out.println();
        Table table = new Table("lane", "records served", "expected");
        table.row(Lane.LIVE, servedCount.getOrDefault(Lane.LIVE, 0), liveCount);
        table.row(Lane.BACKLOG, servedCount.getOrDefault(Lane.BACKLOG, 0), missed * partitions);
        table.print();
    }

    private static void commit(String group, TopicPartition partition, long offset) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }

    private static Thread startLiveEvents(String topic, int partitions, int count, long everyMs) {
        Thread thread = new Thread(() -> {
            try (Producer<String, String> producer = DemoData.producer()) {
                Map<Integer, Integer> perPartition = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    int partition = i % partitions;
                    int n = perPartition.merge(partition, 1, Integer::sum) - 1;
                    DemoData.sendAndWait(producer, new ProducerRecord<>(topic, partition, null, "live-p" + partition + "-" + n));
                    TimeUnit.MILLISECONDS.sleep(everyMs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "live-events");
        thread.start();
        return thread;
    }
}
