package dev.kafkalabs.lab05.demo;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.TimeReplay;
import dev.kafkalabs.lab05.solution.ReplayFromTime;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs Lab 5.3 ({@code ./labs run 5.3}): writes an hour of one-per-minute readings with explicit
 * timestamps, replays the last minutes through {@link ReplayFromTime} (the starter's or the solution's),
 * then asks for a time no record has reached yet.
 */
public final class ReplayFromTimeDemo {

    static final String USAGE = "ReplayFromTimeDemo [--partitions N] [--minutes N-of-history] [--since-minutes-ago N]";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private ReplayFromTimeDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions", "minutes", "since-minutes-ago"), List.of());
        int partitions = (int) args.positive("partitions", 2, 1);
        int minutes = (int) args.positive("minutes", 60, 1);
        long sinceMinutesAgo = args.positive("since-minutes-ago", 15, 0);

        String topic = Topics.createUnique("lab05-replay", partitions);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        writeHistory(topic, partitions, minutes, now);
        System.out.printf("Wrote one reading per minute per partition, %s .. %s, to %s.%n",
                clock(now.minus(minutes, ChronoUnit.MINUTES)), clock(now.minus(1, ChronoUnit.MINUTES)), topic);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.assign(consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList());
            TimeReplay replay = Variant.current().instantiate(TimeReplay.class, ReplayFromTime.class, consumer);

            Instant since = now.minus(sinceMinutesAgo, ChronoUnit.MINUTES);
            System.out.printf("%nReplay everything since %s (%d minutes ago):%n", clock(since), sinceMinutesAgo);
            printReplay(consumer, replay.replaySince(since));

            Instant future = now.plus(10, ChronoUnit.MINUTES);
            System.out.printf("%nReplay everything since %s (in the future - no record is that recent):%n", clock(future));
            printReplay(consumer, replay.replaySince(future));
        }
    }

    private static void writeHistory(String topic, int partitions, int minutes, Instant now) {
        List<ProducerRecord<String, String>> history = new ArrayList<>();
        for (int minute = minutes; minute >= 1; minute--) {
            Instant at = now.minus(minute, ChronoUnit.MINUTES);
            for (int partition = 0; partition < partitions; partition++) {
                String value = "sensor-" + partition + " @ " + clock(at);
                // An explicit timestamp stands in for "this happened an hour ago".
                history.add(new ProducerRecord<>(topic, partition, at.toEpochMilli(), null, value));
            }
        }
        try (Producer<String, String> producer = DemoData.producer()) {
            DemoData.sendAll(producer, history);
        }
    }

    private static void printReplay(Consumer<String, String> consumer, Map<TopicPartition, OptionalLong> starts) {
        Map<Integer, ConsumerRecord<String, String>> firstRead = new TreeMap<>();
        Map<Integer, Integer> readCount = new TreeMap<>();
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (!atTheEnd(consumer, ends) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                firstRead.putIfAbsent(record.partition(), record);
                readCount.merge(record.partition(), 1, Integer::sum);
            }
        }
        Table table = new Table("partition", "offset found", "first record read", "its timestamp", "records read");
        starts.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getKey().partition())).forEach(entry -> {
            int partition = entry.getKey().partition();
            OptionalLong start = entry.getValue();
            ConsumerRecord<String, String> first = firstRead.get(partition);
            table.row(partition,
                    start.isPresent() ? "offset " + start.getAsLong() : "none -> wait at the end",
                    first == null ? "nothing" : "offset " + first.offset() + " '" + first.value() + "'",
                    first == null ? "-" : clock(Instant.ofEpochMilli(first.timestamp())),
                    readCount.getOrDefault(partition, 0));
        });
        table.print();
    }

    private static boolean atTheEnd(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static String clock(Instant instant) {
        return LocalTime.ofInstant(instant, ZoneId.systemDefault()).toString();
    }
}
