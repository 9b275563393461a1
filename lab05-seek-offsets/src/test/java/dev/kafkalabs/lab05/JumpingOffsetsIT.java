package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.solution.JumpingOffsets;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ExerciseCheck("5.1")
class JumpingOffsetsIT {

    private static final int COUNT = 20;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private TopicPartition partition;
    private KafkaConsumer<String, String> consumer;
    private PartitionJumps jumps;

    @BeforeEach
    void fillAPartitionAndAssignIt(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-jumps", 1);
        partition = new TopicPartition(topic, 0);
        DemoData.fill(topic, 0, "record", COUNT);
        consumer = Clients.consumer(kafka);
        consumer.assign(List.of(partition));
        jumps = Variant.current().instantiate(PartitionJumps.class, JumpingOffsets.class, consumer, partition);
    }

    @AfterEach
    void closeTheConsumer() {
        consumer.close();
    }

    @Test
    void seekingToAnOffsetReadsThatOffsetFirst() {
        jumps.jumpTo(7);

        ConsumerRecord<String, String> first = Reading.nextRecord(consumer, READ_TIMEOUT).orElseThrow();
        assertThat(first.offset()).as("offset of the first record read after jumpTo(7)").isEqualTo(7);
        assertThat(first.value()).as("value of the first record read after jumpTo(7)").isEqualTo("record-7");
    }

    @Test
    void seekingToTheBeginningReadsOffsetZeroFirst() {
        consumer.seek(partition, 12);

        jumps.jumpToBeginning();

        ConsumerRecord<String, String> first = Reading.nextRecord(consumer, READ_TIMEOUT).orElseThrow();
        assertThat(first.offset()).as("first offset read after jumpToBeginning() from position 12").isZero();
    }

    @Test
    void seekingToTheEndSkipsEveryOldRecordAndReadsTheNextNewOne(TestKafka kafka) throws Exception {
        consumer.seek(partition, 3);

        jumps.jumpToEnd();

        assertThat(consumer.position(partition))
                .as("position after jumpToEnd() on a partition of %d records: no old record is left to read", COUNT)
                .isEqualTo(COUNT);
        try (KafkaProducer<String, String> producer = Clients.producer(kafka)) {
            producer.send(new ProducerRecord<>(partition.topic(), 0, null, "new")).get(30, TimeUnit.SECONDS);
        }
        ConsumerRecord<String, String> first = Reading.nextRecord(consumer, READ_TIMEOUT).orElseThrow();
        assertThat(first.offset()).as("offset of the first record read after jumpToEnd()").isEqualTo(COUNT);
        assertThat(first.value()).as("the first record read after jumpToEnd() is the one written after it").isEqualTo("new");
    }

    @Test
    void theDemoPrintsTheRecordEachJumpLandsOn(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, JumpingOffsets.class, "--count", "10", "--offset", "4");

        assertThat(output).as("the demo's table")
                .contains("offset 0 'record-0'")
                .contains("offset 4 'record-4'")
                .contains("nothing (nothing old)")
                .contains("offset 10 'written-after-seekToEnd'");
    }
}
