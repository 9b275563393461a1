package dev.kafkalabs.lab05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab05.demo.OffsetAnatomyDemo;
import dev.kafkalabs.lab05.solution.OffsetAnatomy;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One partition: a committed transaction of 10 records (offsets 0..9, its marker at 10), a read_committed
 * consumer that read 6 records and committed offset 4, then an open transaction of 3 records (11..13).
 */
@ExerciseCheck("5.5")
class OffsetAnatomyIT {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private TopicPartition partition;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private OffsetInspector inspector;

    @BeforeEach
    void produceConsumeCommitAndOpenATransaction(TestKafka kafka) {
        String topic = kafka.createTopic("lab05-anatomy", 1);
        partition = new TopicPartition(topic, 0);

        Properties producerProps = kafka.clientProperties();
        producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("lab05-anatomy-tx"));
        producer = Clients.producer(producerProps);
        producer.initTransactions();
        producer.beginTransaction();
        send(10, "committed");
        producer.commitTransaction();

        Properties consumerProps = kafka.consumerProperties("lab05-anatomy");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        consumer = Clients.consumer(consumerProps);
        consumer.assign(List.of(partition));
        int read = 0;
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (read < 6 && System.nanoTime() < deadline) {
            read += consumer.poll(Duration.ofMillis(100)).count();
        }
        assertThat(read).as("records the check's consumer read to set up the scenario").isEqualTo(6);
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(4)));

        producer.beginTransaction();
        send(3, "open");
        producer.flush();

        inspector = Variant.current().instantiate(OffsetInspector.class, OffsetAnatomy.class, consumer, kafka.admin());
    }

    @AfterEach
    void closeTheClients() {
        consumer.close();
        producer.close(Duration.ZERO);
    }

    @Test
    void anOpenTransactionHoldsTheLastStableOffsetBelowTheHighWatermark() {
        OffsetSnapshot snapshot = inspector.inspect(partition);

        assertThat(snapshot.lastCommitted())
                .as("last committed offset: the 4 the group stored - not the consumer's position (6): reading commits"
                        + " nothing")
                .isEqualTo(4);
        assertThat(snapshot.position()).as("position (the consumer read offsets 0..5)").isEqualTo(6);
        assertThat(snapshot.lastStableOffset())
                .as("last stable offset: the first offset of the open transaction (10 records + 1 commit marker);"
                        + " read_committed consumers stop at the last stable offset, not at the high watermark")
                .isEqualTo(11);
        assertThat(snapshot.highWatermark())
                .as("high watermark: 10 records + 1 commit marker + 3 records of the open transaction; read_uncommitted"
                        + " consumers read up to it, the open transaction included")
                .isEqualTo(14);
        assertThat(snapshot.consumerLag()).as("records the read_committed consumer can still read").isEqualTo(5);
        assertThat(snapshot.groupLag()).as("offsets between the committed offset and the end").isEqualTo(10);
    }

    @Test
    void committingTheTransactionMovesTheLastStableOffsetToTheHighWatermark() {
        producer.commitTransaction();

        // The coordinator writes the commit marker after commitTransaction() returns: the check waits for it
        // by itself, then asks the exercise once (a wrong answer fails at once, not after GIVE_UP_AFTER).
        await("the second transaction's commit marker (last stable offset 15)").atMost(GIVE_UP_AFTER)
                .until(() -> Long.valueOf(15).equals(Topics.lastStableOffsets(partition.topic()).get(partition)));
        assertThat(inspector.inspect(partition))
                .as("offsets once the second transaction committed (its marker takes offset 14)")
                .isEqualTo(new OffsetSnapshot(4, 6, 15, 15));
    }

    @Test
    void aGroupThatNeverCommittedHasNoCommittedOffset(TestKafka kafka) {
        try (KafkaConsumer<String, String> newcomer = Clients.consumer(kafka.consumerProperties("lab05-anatomy-new"))) {
            newcomer.assign(List.of(partition));
            OffsetInspector newcomerInspector = Variant.current().instantiate(OffsetInspector.class, OffsetAnatomy.class,
                    newcomer, kafka.admin());

            OffsetSnapshot snapshot = newcomerInspector.inspect(partition);

            assertThat(snapshot.lastCommitted())
                    .as("last committed offset of a group that never committed: none (OffsetSnapshot.NONE = -1), which"
                            + " is not offset 0 - a commit of 0 would say 'nothing processed, resume at 0'")
                    .isEqualTo(OffsetSnapshot.NONE);
            assertThat(snapshot.position()).as("its position (auto.offset.reset=earliest)").isZero();
        }
    }

    @Test
    void theDemoShowsTheLastStableOffsetBelowTheEndWhileATransactionIsOpen(TestKafka kafka) throws Exception {
        String output = DemoOutput.of(kafka, OffsetAnatomyDemo.class);

        assertThat(output).as("the demo's table")
                .containsPattern("after the commit\\s+4\\s+6\\s+11\\s+11\\s+5\\s+7")
                .containsPattern("transaction open\\s+4\\s+6\\s+11\\s+14\\s+5\\s+10")
                .containsPattern("after its commit\\s+4\\s+6\\s+15\\s+15\\s+9\\s+11");
    }

    private void send(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(partition.topic(), 0, null, prefix + "-" + i));
        }
    }
}
