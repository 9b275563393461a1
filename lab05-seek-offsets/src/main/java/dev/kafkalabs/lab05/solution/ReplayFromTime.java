package dev.kafkalabs.lab05.solution;

import dev.kafkalabs.lab05.DemoData;
import dev.kafkalabs.lab05.Table;
import dev.kafkalabs.lab05.TimeReplay;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 5.3 - replay from a point in time: {@code offsetsForTimes} turns "since 10:15" into an offset per
 * partition (the first record whose timestamp is at or after it), and {@code seek} goes there.
 */
public final class ReplayFromTime implements TimeReplay {

    static final String USAGE = "ReplayFromTime [--partitions N] [--minutes N-of-history] [--since-minutes-ago N]";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final Consumer<?, ?> consumer;

    public ReplayFromTime(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public Map<TopicPartition, OptionalLong> replaySince(Instant since) {
        Map<TopicPartition, Long> query = new HashMap<>();
        consumer.assignment().forEach(partition -> query.put(partition, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = firstOffsetsAtOrAfter(query);

        Map<TopicPartition, OptionalLong> starts = new HashMap<>();
        found.forEach((partition, offsetAndTime) -> starts.put(partition, moveTo(partition, offsetAndTime)));
        return starts;
    }

    /** Per partition, the first record whose timestamp is at or after the one asked for (null: none is). */
    private Map<TopicPartition, OffsetAndTimestamp> firstOffsetsAtOrAfter(Map<TopicPartition, Long> timestamps) {
        return consumer.offsetsForTimes(timestamps);
    }

    /** Seeks to what offsetsForTimes found, and returns it. */
    private OptionalLong moveTo(TopicPartition partition, OffsetAndTimestamp found) {
        if (found == null) {
            // No record that recent: wait at the end for new ones instead of re-reading old ones.
            consumer.seekToEnd(List.of(partition));
            return OptionalLong.empty();
        }
        consumer.seek(partition, found.offset());
        return OptionalLong.of(found.offset());
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions", "minutes", "since-minutes-ago"), List.of());
        int partitions = (int) args.positive("partitions", 2, 1);
        int minutes = (int) args.positive("minutes", 60, 1);
        long sinceMinutesAgo = args.positive("since-minutes-ago", 15, 0);

        String topic = DemoData.freshTopic("lab05-replay", partitions);
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
            TimeReplay replay = new ReplayFromTime(consumer);

            Instant since = now.minus(sinceMinutesAgo, ChronoUnit.MINUTES);
            System.out.printf("%nReplay everything since %s (%d minutes ago):%n", clock(since), sinceMinutesAgo);
            Map<TopicPartition, OptionalLong> starts = replay.replaySince(since);
            printReplay(consumer, starts);

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
        Table table = new Table("partition", "offsetsForTimes", "first record read", "its timestamp", "records read");
        starts.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getKey().partition())).forEach(entry -> {
            int partition = entry.getKey().partition();
            OptionalLong start = entry.getValue();
            ConsumerRecord<String, String> first = firstRead.get(partition);
            table.row(partition,
                    start.isPresent() ? "offset " + start.getAsLong() : "null -> seekToEnd",
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
