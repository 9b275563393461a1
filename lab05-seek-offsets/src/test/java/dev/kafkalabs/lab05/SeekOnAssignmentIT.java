package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab05.demo.SeekingInGroupDemo;
import dev.kafkalabs.lab05.solution.SeekOnAssignment;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Three partitions of 10 records each; the group's consumers commit nothing, so only the seek decides. */
@ExerciseCheck("5.2")
class SeekOnAssignmentIT {

    private static final int PARTITIONS = 3;
    private static final int PER_PARTITION = 10;
    private static final long START_AT = 5;
    private static final long LAST = PER_PARTITION - 1;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    @Test
    void readingStartsAtTheRequestedOffsetOnEveryAssignedPartition(TestKafka kafka) {
        String topic = filledTopic(kafka);
        Properties props = groupProperties(kafka);

        Map<Integer, ConsumerRecord<String, String>> firstRead = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = Clients.consumer(props)) {
            subscribeFrom(consumer, topic);
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

    /**
     * A second member joins and leaves: the partitions it held come back to the first consumer through a
     * new assignment, and must start at the offset again (nothing was committed to resume from).
     */
    @Test
    void partitionsHandedBackByARebalanceStartAtTheOffsetToo(TestKafka kafka) {
        String topic = filledTopic(kafka);
        Properties props = groupProperties(kafka);

        try (KafkaConsumer<String, String> first = Clients.consumer(props)) {
            subscribeFrom(first, topic);
            Set<Integer> seen = new HashSet<>();
            long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (seen.size() < PARTITIONS && System.nanoTime() < deadline) {
                pollShowingListenerErrors(first).forEach(record -> seen.add(record.partition()));
            }
            assertThat(seen).as("partitions the first consumer read within %s", GIVE_UP_AFTER).hasSize(PARTITIONS);

            Set<TopicPartition> handedBack;
            try (KafkaConsumer<String, String> second = Clients.consumer(props)) {
                second.subscribe(List.of(topic));
                deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
                while ((second.assignment().isEmpty() || first.assignment().size() + second.assignment().size() != PARTITIONS)
                        && System.nanoTime() < deadline) {
                    pollShowingListenerErrors(first);
                    second.poll(POLL);
                }
                assertThat(second.assignment()).as("partitions the group gave a second member within %s", GIVE_UP_AFTER)
                        .isNotEmpty();
                handedBack = Set.copyOf(second.assignment());
            }

            Map<TopicPartition, Long> firstOffsetAfterReturn = new HashMap<>();
            deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
            while (firstOffsetAfterReturn.size() < handedBack.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : pollShowingListenerErrors(first)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (handedBack.contains(partition)) {
                        firstOffsetAfterReturn.putIfAbsent(partition, record.offset());
                    }
                }
            }
            assertThat(firstOffsetAfterReturn.keySet())
                    .as("partitions handed back to the first consumer after the second left, read within %s", GIVE_UP_AFTER)
                    .isEqualTo(handedBack);
            firstOffsetAfterReturn.forEach((partition, offset) -> assertThat(offset)
                    .as("first offset read on %s after a rebalance handed it back%s", partition, offset == 0
                            ? ": 0 - a seek made once, after the first poll, is lost at the next rebalance;"
                            + " the seek belongs where every assignment is seen"
                            : "")
                    .isEqualTo(START_AT));
        }
    }

    /**
     * With Kafka 4's consumer group protocol (KIP-848), as with a cooperative assignor, a rebalance is
     * incremental: {@code onPartitionsAssigned} is given only the partitions new to the consumer, and the ones it
     * keeps go on from where they are. A second member joins and leaves: the first consumer keeps some
     * partitions all along, and must read each of their records once.
     */
    @Test
    void partitionsKeptThroughAnIncrementalRebalanceAreNotReadAgain(TestKafka kafka) {
        String topic = filledTopic(kafka);
        Properties props = groupProperties(kafka);
        // KIP-848: the broker moves only the partitions that change owner, so the first consumer keeps some while
        // the second member comes and goes (the classic default, eager Range, takes every partition away at each
        // rebalance and hands them all out again: nothing is kept).
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CONSUMER.name().toLowerCase(Locale.ROOT));

        Map<TopicPartition, List<Long>> readByFirst = new HashMap<>();
        try (KafkaConsumer<String, String> first = Clients.consumer(props)) {
            subscribeFrom(first, topic);
            Runnable pollFirst = () -> pollShowingListenerErrors(first).forEach(record -> readByFirst
                    .computeIfAbsent(new TopicPartition(record.topic(), record.partition()), partition -> new ArrayList<>())
                    .add(record.offset()));
            pollUntil("the first consumer to read every partition to its last record", pollFirst,
                    () -> readByFirst.size() == PARTITIONS
                            && readByFirst.values().stream().allMatch(offsets -> offsets.contains(LAST)));

            Set<TopicPartition> kept;
            Set<TopicPartition> handedBack;
            try (KafkaConsumer<String, String> second = Clients.consumer(props)) {
                second.subscribe(List.of(topic));
                pollUntil("the group to give the second member some partitions and the first consumer the rest", () -> {
                    pollFirst.run();
                    second.poll(POLL);
                }, () -> !second.assignment().isEmpty()
                        && first.assignment().size() + second.assignment().size() == PARTITIONS);
                kept = Set.copyOf(first.assignment());
                handedBack = Set.copyOf(second.assignment());
            }
            assertThat(kept).as("partitions the first consumer kept while the second member was in the group")
                    .isNotEmpty();

            pollUntil("the first consumer, after the second member left, to read its partitions again and to be at the"
                    + " end of the ones it kept", pollFirst, () -> first.assignment().size() == PARTITIONS
                    && handedBack.stream().allMatch(partition -> Collections.frequency(readByFirst.get(partition), LAST) == 2)
                    && kept.stream().allMatch(partition -> first.position(partition) == PER_PARTITION));
            kept.forEach(partition -> assertThat(readByFirst.get(partition))
                    .as("offsets the first consumer read on %s, a partition it kept through both rebalances: each once"
                            + " - one read again means that onPartitionsAssigned seeks every partition the consumer owns"
                            + " (consumer.assignment()), not only the new ones it is given, and so rewinds the kept ones,"
                            + " which must go on where they were", partition)
                    .containsExactlyElementsOf(LongStream.range(START_AT, PER_PARTITION).boxed().toList()));
        }
    }

    @Test
    void theDemoShowsTheEarlySeekFailAndEveryPartitionStartAtTheOffset(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, SeekingInGroupDemo.class, "--partitions", "2", "--count", "6", "--offset", "4");

        assertThat(output).as("the demo's output")
                .contains("No current assignment for partition")
                .containsPattern("(?m)^\\s+0\\s+4\\s+p0-4\\s+2$")
                .containsPattern("(?m)^\\s+1\\s+4\\s+p1-4\\s+2$");
    }

    private static String filledTopic(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-group-seek", PARTITIONS);
        for (int partition = 0; partition < PARTITIONS; partition++) {
            DemoData.fill(topic, partition, "p" + partition, PER_PARTITION);
        }
        return topic;
    }

    private static Properties groupProperties(TestKafka kafka) {
        Properties props = kafka.consumerProperties("lab05-group-seek");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return props;
    }

    private static void subscribeFrom(KafkaConsumer<String, String> consumer, String topic) {
        GroupStart start = Variant.current().instantiate(GroupStart.class, SeekOnAssignment.class);
        try {
            start.subscribeFrom(consumer, topic, START_AT);
        } catch (IllegalStateException e) {
            fail("subscribeFrom() failed: seek() right after subscribe() fails, the group has not assigned any"
                    + " partition yet (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Polls ({@code pollOnce}) until {@code done} holds, failing with {@code what} after {@link #GIVE_UP_AFTER}.
     * In the test's own thread, as a consumer must be used; the poll is the pause between two looks.
     */
    private static void pollUntil(String what, Runnable pollOnce, BooleanSupplier done) {
        await(what).atMost(GIVE_UP_AFTER).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
            pollOnce.run();
            return done.getAsBoolean();
        });
    }

    /**
     * The consumer wraps an exception thrown by a rebalance listener in a {@link KafkaException}; unwrap it
     * so that the exercise's own message is the one reported.
     */
    private static ConsumerRecords<String, String> pollShowingListenerErrors(KafkaConsumer<String, String> consumer) {
        try {
            return consumer.poll(POLL);
        } catch (KafkaException e) {
            if (e.getCause() instanceof RuntimeException cause && !(cause instanceof KafkaException)) {
                throw cause;
            }
            throw e;
        }
    }
}
