package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkalabs.lab03.solution.ExactlyOnceProcessor;
import dev.kafkalabs.lab03.solution.TransactionalWriter;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

@ExerciseCheck("3.6")
class ExactlyOnceIT {

    private static final int EVENTS = 60;
    private static final int PARTITIONS = 3;

    @Test
    void readCommittedSeesOnlyCommittedTransactionsAndReadUncommittedSeesAll(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-transactions", 1);
        try (TransactionalWrites writer = writer(kafka.uniqueName("lab03-writer"))) {
            writer.commitAll(topic, List.of("committed-1", "committed-2", "committed-3"));
            writer.abortAll(topic, List.of("aborted-1", "aborted-2"));
            writer.commitAll(topic, List.of("committed-4"));
        }

        assertThat(read(kafka, topic, "read_committed", 1)).as("read_committed")
                .containsExactly("committed-1", "committed-2", "committed-3", "committed-4");
        assertThat(read(kafka, topic, "read_uncommitted", 1)).as("read_uncommitted: aborted records are in the log")
                .containsExactly("committed-1", "committed-2", "committed-3", "aborted-1", "aborted-2", "committed-4");
    }

    @Test
    void aFencedWriterGetsProducerFencedExceptionAndItsWritesNeverShow(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-fenced", 1);
        String transactionalId = kafka.uniqueName("lab03-fenced-writer");
        try (TransactionalWrites old = writer(transactionalId)) {
            try (TransactionalWrites newer = writer(transactionalId)) {
                assertThatThrownBy(() -> old.commitAll(topic, List.of("from-the-old-instance")))
                        .as("a write by the instance whose transactional id was taken over")
                        .isInstanceOf(ProducerFencedException.class);
                newer.commitAll(topic, List.of("from-the-new-instance"));
            }
        }

        assertThat(read(kafka, topic, "read_committed", 1)).as("read_committed after the takeover")
                .containsExactly("from-the-new-instance");
    }

    @Test
    void consumeTransformProduceKilledAtEachPointOfTheTransactionOutputsEveryInputExactlyOnce(TestKafka kafka) {
        String input = kafka.createTopic("lab03-eos-input", PARTITIONS);
        String output = kafka.createTopic("lab03-eos-output", PARTITIONS);
        String group = kafka.uniqueName("lab03-eos-group");
        NumberedEvents.produce(input, EVENTS);
        String[] args = {"--input", input, "--output", output, "--group", group};

        List<String> pointsKilled = new ArrayList<>();
        for (String point : List.of("sent", "offsets-sent", "committed")) {
            try (ChildProcess processor = Drill.start(ExactlyOnceProcessor.class, CrashPoint.at(point, 2), args)) {
                processor.awaitOutput("PAUSED at " + point + " #2", Drill.PATIENCE);
                processor.kill();
                pointsKilled.add(point);
            }
        }
        try (ChildProcess processor = Drill.start(ExactlyOnceProcessor.class, null, args)) {
            Drill.awaitWhileAlive(processor, "all " + EVENTS + " output records committed",
                    () -> read(kafka, output, "read_committed", PARTITIONS).size() >= EVENTS);
            assertThat(processor.stopGracefully(Duration.ofSeconds(10))).as("exit code of the last processor").isZero();
        }
        List<String> committed = read(kafka, output, "read_committed", PARTITIONS);
        DeliveryLedger ledger = new DeliveryLedger();
        committed.forEach(value -> ledger.record(NumberedEvents.numberOf(value)));
        DeliveryReport report = ledger.report(EVENTS);
        System.out.printf("3.6 exactly-once, killed at %s: %s (log holds %d records incl. aborted)%n", pointsKilled,
                report, read(kafka, output, "read_uncommitted", PARTITIONS).size());

        assertThat(committed).as("committed output records").hasSize(EVENTS)
                .allMatch(value -> value.endsWith(" processed"));
        assertThat(report.duplicates()).as("duplicates in the output (%s)", report).isZero();
        assertThat(report.missing()).as("inputs missing from the output (%s)", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
        assertThat(Topics.committed(group)).as("the group's committed offsets: the whole input")
                .isEqualTo(kafka.endOffsets(input));
    }

    private static TransactionalWrites writer(String transactionalId) {
        return Variant.current().instantiate(TransactionalWrites.class, TransactionalWriter.class, transactionalId);
    }

    private static List<String> read(TestKafka kafka, String topic, String isolation, int partitions) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int partition = 0; partition < partitions; partition++) {
                all.add(new TopicPartition(topic, partition));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            // The high watermark, transaction markers included: a read_committed consumer gets there once the
            // last transaction's marker is written (commitTransaction() may return a moment before that).
            Map<TopicPartition, Long> end = kafka.endOffsets(topic);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (all.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
