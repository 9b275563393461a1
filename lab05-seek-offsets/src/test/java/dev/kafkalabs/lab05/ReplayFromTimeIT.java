package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.solution.ReplayFromTime;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each partition holds 10 records stamped one minute apart, starting an hour ago (value p-i). */
@ExerciseCheck("5.3")
class ReplayFromTimeIT {

    private static final int PARTITIONS = 2;
    private static final int PER_PARTITION = 10;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private String topic;
    private List<TopicPartition> partitions;
    private KafkaConsumer<String, String> consumer;
    private TimeReplay replay;

    @BeforeEach
    void writeAnHourOldHistory(TestKafka kafka) throws Exception {
        topic = kafka.createTopic("lab05-replay", PARTITIONS);
        partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            for (int i = 0; i < PER_PARTITION; i++) {
                for (TopicPartition partition : partitions) {
                    producer.send(new ProducerRecord<>(topic, partition.partition(), minute(i).toEpochMilli(), null,
                            "p" + partition.partition() + "-" + i)).get(30, TimeUnit.SECONDS);
                }
            }
        }
        consumer = Clients.consumer(kafka);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        replay = Variant.current().instantiate(TimeReplay.class, ReplayFromTime.class, consumer);
    }

    @AfterEach
    void closeTheConsumer() {
        consumer.close();
    }

    @Test
    void theFirstRecordReadIsTheFirstAtOrAfterTheTimeOnEveryPartition() {
        Instant since = minute(4).plusSeconds(30);

        Map<TopicPartition, OptionalLong> starts = replay.replaySince(since);

        partitions.forEach(partition -> assertThat(starts.get(partition))
                .as("offset offsetsForTimes found on %s for 4.5 minutes after the first record", partition)
                .hasValue(5));
        firstRecordPerPartition().forEach((partition, record) -> {
            assertThat(record.offset()).as("first offset read on partition %d", partition).isEqualTo(5);
            assertThat(record.timestamp()).as("timestamp of the first record read on partition %d", partition)
                    .isGreaterThanOrEqualTo(since.toEpochMilli());
        });
    }

    @Test
    void aRecordStampedExactlyAtTheTimeIsIncluded() {
        Map<TopicPartition, OptionalLong> starts = replay.replaySince(minute(3));

        partitions.forEach(partition -> assertThat(starts.get(partition))
                .as("offset found on %s for the exact timestamp of record 3 ('at or after')", partition)
                .hasValue(3));
        firstRecordPerPartition().forEach((partition, record) ->
                assertThat(record.value()).as("first value read on partition %d", partition).isEqualTo("p" + partition + "-3"));
    }

    @Test
    void aTimeAfterTheLastRecordFindsNoOffsetAndWaitsAtTheEnd(TestKafka kafka) throws Exception {
        Map<TopicPartition, OptionalLong> starts = replay.replaySince(Instant.now().plus(1, ChronoUnit.HOURS));

        partitions.forEach(partition -> {
            assertThat(starts.get(partition)).as("offset found on %s for a time after its last record", partition).isEmpty();
            assertThat(consumer.position(partition))
                    .as("position on %s after a replay from the future: the end, nothing old is re-read", partition)
                    .isEqualTo(PER_PARTITION);
        });
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            producer.send(new ProducerRecord<>(topic, 0, null, "new")).get(30, TimeUnit.SECONDS);
        }
        ConsumerRecord<String, String> next = Reading.nextRecord(consumer, GIVE_UP_AFTER).orElseThrow();
        assertThat(next.value()).as("the record read after a replay from the future").isEqualTo("new");
    }

    @Test
    void theDemoReplaysTheLastMinutesAndHandlesAFutureTime(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, ReplayFromTime.class, "--partitions", "1", "--minutes", "20",
                "--since-minutes-ago", "5");

        assertThat(output).as("the demo's output")
                .containsPattern("(?m)^\\s+0\\s+offset 15\\s+offset 15 'sensor-0 @ \\S+'\\s+\\S+\\s+5$")
                .contains("null -> seekToEnd");
    }

    private Instant minute(int i) {
        return start.plus(i, ChronoUnit.MINUTES);
    }

    private Map<Integer, ConsumerRecord<String, String>> firstRecordPerPartition() {
        Map<Integer, ConsumerRecord<String, String>> first = new HashMap<>();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (first.size() < PARTITIONS && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> first.putIfAbsent(record.partition(), record));
        }
        assertThat(first.keySet()).as("partitions read from within %s", GIVE_UP_AFTER).hasSize(PARTITIONS);
        return first;
    }
}
