package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.demo.JumpingOffsetsDemo;
import dev.kafkalabs.lab05.solution.JumpingOffsets;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One partition of 20 records (offsets 0..19) whose records below offset 5 were deleted, as retention
 * deletes old segments: the log starts at 5 and ends at 20. The consumer's {@code auto.offset.reset=none}
 * makes a position outside the log fail loudly instead of being repaired behind the exercise's back.
 */
@ExerciseCheck("5.1")
class JumpingOffsetsIT {

    private static final int COUNT = 20;
    private static final long LOG_START = 5;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private TopicPartition partition;
    private KafkaConsumer<String, String> consumer;
    private PartitionJumps jumps;

    @BeforeEach
    void fillAPartitionDeleteItsOldestRecordsAndAssignIt(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-jumps", 1);
        partition = new TopicPartition(topic, 0);
        DemoData.fill(topic, 0, "record", COUNT);
        DemoData.deleteRecordsBefore(kafka.admin(), partition, LOG_START);
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        consumer = Clients.consumer(props);
        consumer.assign(List.of(partition));
        jumps = Variant.current().instantiate(PartitionJumps.class, JumpingOffsets.class, consumer, partition);
    }

    @AfterEach
    void closeTheConsumer() {
        consumer.close();
    }

    @Test
    void jumpingToAnOffsetReadsThatOffsetFirst() {
        jumps.jumpTo(7);

        assertThat(consumer.position(partition)).as("position after jumpTo(7): seek(partition, 7) makes 7 the next "
                + "offset read - a seek names the record to read, it is not a commit (no + 1)").isEqualTo(7);
        ConsumerRecord<String, String> first = nextRecord("jumpTo(7)");
        assertThat(first.offset()).as("offset of the first record read after jumpTo(7)").isEqualTo(7);
        assertThat(first.value()).as("value of the first record read after jumpTo(7)").isEqualTo("record-7");
    }

    @Test
    void jumpingToTheBeginningLandsOnTheFirstRecordStillInTheLog() {
        consumer.seek(partition, 12);

        jumps.jumpToBeginning();

        long position = consumer.position(partition);
        assertThat(position).as(beginningMistake(position)).isEqualTo(LOG_START);
        ConsumerRecord<String, String> first = nextRecord("jumpToBeginning()");
        assertThat(first.offset()).as("first offset read after jumpToBeginning() from position 12").isEqualTo(LOG_START);
    }

    @Test
    void jumpingToTheEndSkipsEveryOldRecordAndReadsTheNextNewOne(TestKafka kafka) throws Exception {
        consumer.seek(partition, 8);

        jumps.jumpToEnd();

        long position = consumer.position(partition);
        assertThat(position).as(endMistake(position)).isEqualTo(COUNT);
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            producer.send(new ProducerRecord<>(partition.topic(), 0, null, "new")).get(30, TimeUnit.SECONDS);
        }
        ConsumerRecord<String, String> first = nextRecord("jumpToEnd()");
        assertThat(first.offset()).as("offset of the first record read after jumpToEnd()").isEqualTo(COUNT);
        assertThat(first.value()).as("the first record read after jumpToEnd() is the one written after it").isEqualTo("new");
    }

    @Test
    void theDemoPrintsTheRecordEachJumpLandsOn(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, JumpingOffsetsDemo.class, "--count", "10", "--deleted", "3", "--offset", "6");

        assertThat(output).as("the demo's table")
                .containsPattern("jumpTo\\(6\\)\\s+6\\s+offset 6 'record-6'")
                .containsPattern("jumpToBeginning\\s+3\\s+offset 3 'record-3'")
                .containsPattern("jumpToEnd\\s+10\\s+nothing \\(nothing old\\)")
                .contains("offset 10 'written-after-the-jump'");
    }

    private ConsumerRecord<String, String> nextRecord(String afterWhat) {
        try {
            return Reading.nextRecord(consumer, READ_TIMEOUT).orElseThrow(() -> new AssertionError(
                    "No record arrived within " + READ_TIMEOUT + " after " + afterWhat));
        } catch (OffsetOutOfRangeException e) {
            throw new AssertionError("After " + afterWhat + " the position " + e.offsetOutOfRangePartitions()
                    + " is outside the log, which holds offsets " + LOG_START + ".." + (COUNT - 1), e);
        }
    }

    private static String beginningMistake(long position) {
        String expected = "position after jumpToBeginning(): the log start offset " + LOG_START
                + " (records 0.." + (LOG_START - 1) + " were deleted)";
        if (position == 0) {
            return expected + " - offset 0 is not the beginning once retention deleted records";
        }
        if (position == COUNT) {
            return expected + " - " + COUNT + " is the end offset: the end is where new records go, not the beginning";
        }
        return expected;
    }

    private static String endMistake(long position) {
        String expected = "position after jumpToEnd() on a partition whose last record is offset " + (COUNT - 1);
        if (position == COUNT - 1) {
            return expected + " - the end offset is one past the last record: at the end no old record is left to read";
        }
        if (position == LOG_START || position == 0) {
            return expected + " - that is the beginning, not the end: only records written after the jump should be read";
        }
        if (position > COUNT) {
            return expected + " - a position past the end is not clamped to it: the consumer finds out at its next "
                    + "fetch (out of range) and auto.offset.reset decides; seekToEnd() is the way to the end";
        }
        return expected + ": the end offset, so that no old record is left to read";
    }
}
