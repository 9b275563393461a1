package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kafkalabs.lab05.demo.ReplayFromTimeDemo;
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
                .as("offset found on %s for 4.5 minutes after the first record%s", partition,
                        timestampMistake(starts.get(partition), since))
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
                .as("offset found on %s for the exact timestamp of record 3 ('at or after')%s", partition,
                        timestampMistake(starts.get(partition), minute(3)))
                .hasValue(3));
        firstRecordPerPartition().forEach((partition, record) ->
                assertThat(record.value()).as("first value read on partition %d", partition).isEqualTo("p" + partition + "-3"));
    }

    @Test
    void aTimeAfterTheLastRecordFindsNoOffsetAndWaitsAtTheEnd(TestKafka kafka) throws Exception {
        Map<TopicPartition, OptionalLong> starts = replayHandlingNoAnswer(Instant.now().plus(1, ChronoUnit.HOURS));

        partitions.forEach(partition -> {
            long position = consumer.position(partition);
            assertThat(position)
                    .as("position on %s after a replay from a time after its last record: the end, nothing old is"
                            + " re-read%s", partition, position == 0
                            ? " - no record at or after the time does not mean replay everything from the beginning" : "")
                    .isEqualTo(PER_PARTITION);
            assertThat(starts.get(partition)).as("offset found on %s for a time after its last record", partition).isEmpty();
        });
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            producer.send(new ProducerRecord<>(topic, 0, null, "new")).get(30, TimeUnit.SECONDS);
        }
        ConsumerRecord<String, String> next = Reading.nextRecord(consumer, GIVE_UP_AFTER).orElseThrow();
        assertThat(next.value()).as("the record read after a replay from the future").isEqualTo("new");
    }

    @Test
    void theDemoReplaysTheLastMinutesAndHandlesAFutureTime(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, ReplayFromTimeDemo.class, "--partitions", "1", "--minutes", "20",
                "--since-minutes-ago", "5");

        assertThat(output).as("the demo's output")
                .containsPattern("(?m)^\\s+0\\s+offset 15\\s+offset 15 'sensor-0 @ \\S+'\\s+\\S+\\s+5$")
                .containsPattern("(?m)^\\s+0\\s+none -> wait at the end\\s+nothing\\s+-\\s+0$");
    }

    /** offsetsForTimes answers null for a partition without a record that recent: a crash there is the mistake. */
    private Map<TopicPartition, OptionalLong> replayHandlingNoAnswer(Instant since) {
        try {
            return replay.replaySince(since);
        } catch (NullPointerException e) {
            return fail("replaySince() crashed for a time after the last record: the broker answers null for a"
                    + " partition with no record at or after the time, and that answer must be handled", e);
        }
    }

    /**
     * Explains an offset that is really the timestamp asked for, or the first record (an hour old) for a time some
     * minutes after it: what the broker finds for a time in January 1970, seconds read as milliseconds.
     */
    private static String timestampMistake(OptionalLong found, Instant since) {
        if (found != null && found.isPresent() && found.getAsLong() == since.toEpochMilli()) {
            return " - a timestamp is not an offset: the broker must be asked which offset the time corresponds to";
        }
        return found != null && found.isPresent() && found.getAsLong() == 0
                ? " - offset 0 is the first record, an hour older than the time asked for: the broker found every "
                + "record at or after it, as for a time in January 1970. offsetsForTimes takes epoch milliseconds "
                + "(since.toEpochMilli()), not seconds" : "";
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
