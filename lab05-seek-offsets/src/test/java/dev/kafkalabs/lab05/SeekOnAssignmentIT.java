package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab05.solution.SeekOnAssignment;
import dev.kafkalabs.lab05.solution.SeekingInGroup;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

@ExerciseCheck("5.2")
class SeekOnAssignmentIT {

    private static final int PARTITIONS = 3;
    private static final int PER_PARTITION = 10;
    private static final long START_AT = 5;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    @Test
    void readingStartsAtTheRequestedOffsetOnEveryAssignedPartition(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-group-seek", PARTITIONS);
        for (int partition = 0; partition < PARTITIONS; partition++) {
            DemoData.fill(topic, partition, "p" + partition, PER_PARTITION);
        }
        Properties props = kafka.consumerProperties("lab05-group-seek");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);

        Map<Integer, ConsumerRecord<String, String>> firstRead = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = Clients.consumer(props)) {
            ConsumerRebalanceListener listener = Variant.current().instantiate(
                    ConsumerRebalanceListener.class, SeekOnAssignment.class, consumer, START_AT);
            consumer.subscribe(List.of(topic), listener);
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (firstRead.size() < PARTITIONS && System.nanoTime() < deadline) {
                pollShowingListenerErrors(consumer).forEach(record -> firstRead.putIfAbsent(record.partition(), record));
            }
        }

        assertThat(firstRead.keySet()).as("partitions read within %s", GIVE_UP_AFTER)
                .containsExactlyInAnyOrder(0, 1, 2);
        firstRead.forEach((partition, record) -> {
            assertThat(record.offset()).as("first offset read on partition %d (auto.offset.reset=earliest would give 0)",
                    partition).isEqualTo(START_AT);
            assertThat(record.value()).as("first value read on partition %d", partition).isEqualTo("p" + partition + "-5");
        });
    }

    @Test
    void theDemoShowsTheEarlySeekFailAndEveryPartitionStartAtTheOffset(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, SeekingInGroup.class, "--partitions", "2", "--count", "6", "--offset", "4");

        assertThat(output).as("the demo's output")
                .contains("No current assignment for partition")
                .containsPattern("(?m)^\\s+0\\s+4\\s+p0-4\\s+2$")
                .containsPattern("(?m)^\\s+1\\s+4\\s+p1-4\\s+2$");
    }

    /**
     * The consumer wraps an exception thrown by a rebalance listener in a {@link KafkaException}; unwrap it
     * so that the exercise's own message is the one reported.
     */
    private static ConsumerRecords<String, String> pollShowingListenerErrors(KafkaConsumer<String, String> consumer) {
        try {
            return consumer.poll(Duration.ofMillis(200));
        } catch (KafkaException e) {
            if (e.getCause() instanceof RuntimeException cause && !(cause instanceof KafkaException)) {
                throw cause;
            }
            throw e;
        }
    }
}
