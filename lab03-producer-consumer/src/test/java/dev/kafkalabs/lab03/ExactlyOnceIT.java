package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab03.demo.ExactlyOnceProcessorMain;
import dev.kafkalabs.lab03.solution.TransactionalWriter;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("3.6")
class ExactlyOnceIT {

    private static final int EVENTS = 60;
    private static final int PARTITIONS = 3;
    /** Numbers of the input's aborted records: far outside 0 .. EVENTS-1, so the ledger counts them as unexpected. */
    private static final int ABORTED_NUMBER = 9000;
    /**
     * Transactions aborted by abortAll, {@link #RECORDS_PER_ABORT} records each. Without a flush the records of one
     * sometimes leave the buffer before its abort (4.3.1, 200 such transactions, twice: 5 and 1 of them reached the
     * log, never two in a row).
     */
    private static final int ABORTED_TRANSACTIONS = 5;
    private static final int RECORDS_PER_ABORT = 10;
    /** The failed-transaction scenario: events 0 .. FAILING_RUN_EVENTS-1 on one partition, in batches of at most 10. */
    private static final int FAILING_RUN_EVENTS = 40;
    /**
     * The event whose output the output topic refuses: its batch's transaction fails. At least 15 events come in
     * batches before it.
     */
    private static final int OVERSIZED = 25;
    /** The output topic's max.message.bytes in that scenario; event OVERSIZED's value is padded to it. */
    private static final int OUTPUT_LIMIT_BYTES = 2048;
    /** The fencing scenario: events before the processor is fenced, and as many after. */
    private static final int FENCING_RUN_EVENTS = 5;
    /** How long a processor that stops by itself may take to exit after its failed transaction was seen. */
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(30);

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

    /**
     * {@code abortTransaction()} drops the records still in the producer's buffer, where a batch waits up to
     * {@code linger.ms} (5 ms by default since Kafka 4.0): an aborted transaction's records are in the log, hidden
     * by its abort marker, only when {@code abortAll} flushed them before aborting.
     */
    @Test
    void everyAbortedTransactionLeavesItsRecordsInTheLog(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-aborted", 1);
        List<String> aborted = new ArrayList<>();
        try (TransactionalWrites writer = writer(kafka.uniqueName("lab03-aborting-writer"))) {
            for (int transaction = 1; transaction <= ABORTED_TRANSACTIONS; transaction++) {
                String prefix = "aborted-" + transaction + "-";
                List<String> values = IntStream.rangeClosed(1, RECORDS_PER_ABORT).mapToObj(i -> prefix + i).toList();
                writer.abortAll(topic, values);
                aborted.addAll(values);
            }
        }

        assertThat(read(kafka, topic, "read_uncommitted", 1)).as("read_uncommitted after %d transactions aborted by "
                        + "abortAll: their records are in the log, hidden from read_committed by the abort markers. A "
                        + "missing one was still in the producer's buffer when abortTransaction() dropped it: flush() "
                        + "first", ABORTED_TRANSACTIONS)
                .containsExactlyElementsOf(aborted);
    }

    @Test
    void aFencedWriterGetsProducerFencedExceptionAndItsWritesNeverShow(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-fenced", 1);
        String transactionalId = kafka.uniqueName("lab03-fenced-writer");
        try (TransactionalWrites old = writer(transactionalId)) {
            try (TransactionalWrites newer = writer(transactionalId)) {
                Throwable fenced = catchThrowable(() -> old.commitAll(topic, List.of("from-the-old-instance")));
                assertThat(fenced).as("a write by the instance whose transactional id was taken over by a newer instance: it must "
                                + "be fenced (ProducerFencedException) - a transactional.id names one writer across its "
                                + "restarts; a random suffix per instance makes every instance a stranger, whose "
                                + "writes are never fenced")
                        .isInstanceOf(ProducerFencedException.class);
                newer.commitAll(topic, List.of("from-the-new-instance"));
            }
        }

        assertThat(read(kafka, topic, "read_committed", 1)).as("read_committed after the takeover")
                .containsExactly("from-the-new-instance");
    }

    @Test
    void consumeTransformProduceKilledAtEachPointOfTheTransactionOutputsEveryInputExactlyOnce(TestKafka kafka,
                                                                                             @TempDir Path dir) {
        String input = kafka.createTopic("lab03-eos-input", PARTITIONS);
        String output = kafka.createTopic("lab03-eos-output", PARTITIONS);
        String group = kafka.uniqueName("lab03-eos-group");
        Path stopFile = Drill.stopFile(dir);
        writeAbortedJunk(kafka, input);
        NumberedEvents.produce(input, EVENTS);
        String[] args = {"--input", input, "--output", output, "--group", group, "--stop-file", stopFile.toString()};

        List<String> pointsKilled = new ArrayList<>();
        for (String point : List.of("sent", "offsets-sent", "committed")) {
            try (ChildProcess processor = Drill.start(ExactlyOnceProcessorMain.class, CrashPoint.at(point, 2), args)) {
                Drill.crashWhenPaused(processor, "PAUSED at " + point + " #2");
                pointsKilled.add(point);
            }
        }
        try (ChildProcess processor = Drill.start(ExactlyOnceProcessorMain.class, null, args)) {
            // A right answer commits the rest in seconds; a wrong one that leaves the processor stuck is shown sooner.
            Drill.awaitWhileAlive(processor, "the whole input committed by the processor's transactions",
                    Duration.ofSeconds(60), () -> Topics.committed(group).equals(kafka.endOffsets(input)));
            assertThat(Drill.stop(processor, stopFile)).as("exit code of the last processor. Output:%n%s",
                    processor.tail()).isZero();
        }
        List<String> committed = read(kafka, output, "read_committed", PARTITIONS);
        DeliveryLedger ledger = new DeliveryLedger();
        committed.forEach(value -> ledger.record(NumberedEvents.numberOf(value)));
        DeliveryReport report = ledger.report(EVENTS);
        System.out.printf("3.6 exactly-once, killed at %s: %s (log holds %d records incl. aborted)%n", pointsKilled,
                report, read(kafka, output, "read_uncommitted", PARTITIONS).size());

        assertThat(report.unexpected()).as("output records made from input records of an aborted transaction (%s): "
                + "the processor's consumer reads read_uncommitted (the default) and so processes records that were "
                + "never committed", report).isZero();
        assertThat(report.duplicates()).as("input records whose output was committed twice (%s): the output and the "
                + "consumer offsets must commit together - offsets committed by the consumer outside the transaction "
                + "can be lost while the output stays", report).isZero();
        assertThat(report.missing()).as("inputs missing from the output (%s)", report).isZero();
        assertThat(report.gaps()).as("gaps (%s)", report).isZero();
        assertThat(committed).as("committed output records").hasSize(EVENTS)
                .allMatch(value -> value.endsWith(" processed"));
    }

    /**
     * One transaction of the processor fails while it runs: the output topic refuses event {@value #OVERSIZED}'s
     * output (larger than its {@code max.message.bytes}), so that send fails with RecordTooLargeException and the
     * transaction's {@code commitTransaction()} with a KafkaException outside the fatal list: the processor aborts.
     * The consumer's positions are then past the failed batch; only a processor that stops (and whose consumer
     * never commits by itself) leaves the group's committed offsets before it, for a restart to read it again.
     */
    @Test
    void aFailedTransactionStopsTheProcessorWithNothingPastTheFailedBatchOutputOrCommitted(TestKafka kafka) {
        String input = kafka.createTopic("lab03-eos-failing-input", 1);
        String output = kafka.uniqueName("lab03-eos-small-output");
        Topics.ensureExist(kafka.admin(), new NewTopic(output, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(OUTPUT_LIMIT_BYTES))));
        String group = kafka.uniqueName("lab03-eos-failing-group");
        TopicPartition inputPartition = new TopicPartition(input, 0);
        long oversizedOffset = produceWithOneOversized(kafka, input);
        String[] args = {"--input", input, "--output", output, "--group", group};

        try (ChildProcess processor = Drill.start(ExactlyOnceProcessorMain.class, null, args)) {
            await("the processor to stop by itself after the transaction with event " + OVERSIZED + " failed (or "
                    + "its group to commit past it)").atMost(Waiting.PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> !processor.isAlive() || committed(group, inputPartition) > oversizedOffset);
            List<Long> numbers = read(kafka, output, "read_committed", 1).stream().map(NumberedEvents::numberOf)
                    .toList();
            System.out.printf("3.6 failed transaction (event %d refused by the output topic): committed output %s, "
                    + "group committed %d, processor alive %s%n", OVERSIZED, numbers, committed(group, inputPartition),
                    processor.isAlive());

            assertThat(numbers).as("output made from events after event %d, whose transaction failed (its output is "
                    + "over the output topic's max.message.bytes, so its send and commitTransaction() failed): the "
                    + "processor went on after a failed transaction. Its consumer's positions were already past the "
                    + "failed batch, so polling on skipped it and its events are lost. After an aborted transaction, "
                    + "stop (return false): a restart resumes at the committed offsets", OVERSIZED)
                    .allMatch(number -> number < OVERSIZED);
            assertThat(Waiting.until(EXIT_WITHIN, () -> !processor.isAlive())).as("the processor still runs %s after "
                    + "its transaction with event %d failed: after a failed transaction it must stop by itself (return "
                    + "false) - its consumer's positions are past the failed batch, so polling on would skip it. Its "
                    + "last output:%n%s", EXIT_WITHIN, OVERSIZED, processor.tail()).isTrue();
            long committed = committed(group, inputPartition);
            assertThat(committed).as("the group's committed offset on the input is %d, past event %d (offset %d) "
                    + "whose transaction failed, and no transaction committed that: the processor's consumer "
                    + "committed its positions by itself (enable.auto.commit left on, its default: it commits on "
                    + "poll and on close), which marks the failed batch read, so a restart would skip it. Only the "
                    + "transactions may commit the offsets: enable.auto.commit=false", committed, OVERSIZED,
                    oversizedOffset).isLessThanOrEqualTo(oversizedOffset);
            assertThat(committed).as("the group's committed offset on the input: no transaction of the processor "
                    + "committed, although the batches before event %d's held at least 15 events. Its last output:%n%s",
                    OVERSIZED, processor.tail()).isPositive();
            // One event more than the committed offset covers: the offsets sent with the transaction were one short.
            String oneShort = numbers.equals(LongStream.rangeClosed(0, committed).boxed().toList())
                    ? ": the output holds event " + committed + " too, so the group's offset was committed one short - "
                    + "the offsets sent with the transaction must be the last processed offset + 1 (the next record "
                    + "to read), or a restart processes the last record again"
                    : "";
            assertThat(numbers).as("committed output: each event before the group's committed offset %d, once, "
                    + "in order%s", committed, oneShort)
                    .containsExactlyElementsOf(LongStream.range(0, committed).boxed().toList());
        }
    }

    /**
     * A newer instance takes over the running processor's {@code transactional.id} ({@code initTransactions()} with
     * it, as a restarted processor does): the processor's next transaction fails with ProducerFencedException, which
     * no retry or abort mends - its producer can never commit again. The processor must stop by itself; one that
     * goes on polls and skips every batch after it, holding its partitions from the instance that fenced it.
     */
    @Test
    void aFencedProcessorStopsByItself(TestKafka kafka) {
        String input = kafka.createTopic("lab03-eos-fenced-input", 1);
        String output = kafka.createTopic("lab03-eos-fenced-output", 1);
        String group = kafka.uniqueName("lab03-eos-fenced-group");
        TopicPartition inputPartition = new TopicPartition(input, 0);
        String[] args = {"--input", input, "--output", output, "--group", group};

        try (ChildProcess processor = Drill.start(ExactlyOnceProcessorMain.class, null, args)) {
            NumberedEvents.produce(input, FENCING_RUN_EVENTS);
            Drill.awaitWhileAlive(processor, "the processor's transactions to commit the first " + FENCING_RUN_EVENTS
                    + " events", Duration.ofSeconds(60), () -> committed(group, inputPartition) == FENCING_RUN_EVENTS);
            fence(kafka, ExactlyOnceProcessorMain.transactionalIdOf(group));
            NumberedEvents.produce(input, FENCING_RUN_EVENTS);

            assertThat(Waiting.until(EXIT_WITHIN, () -> !processor.isAlive())).as("the processor still runs %s after "
                    + "a newer instance took over its transactional.id and more events came: a fenced producer "
                    + "(ProducerFencedException) can never commit again, so the processor must stop by itself "
                    + "(return false), not go on to the next batch - it would poll and skip every batch, holding its "
                    + "partitions from the instance that fenced it. Its last output:%n%s", EXIT_WITHIN,
                    processor.tail()).isTrue();
        }
    }

    /** What a newer instance does first: {@code initTransactions()} with the id, which fences its older holder. */
    private static void fence(TestKafka kafka, String transactionalId) {
        try (KafkaProducer<Integer, String> newer = transactionalProducer(kafka, transactionalId)) {
            newer.initTransactions();
        }
    }

    /** The check's own transactional producer (not the student's writer): for the input's junk and for fencing. */
    private static KafkaProducer<Integer, String> transactionalProducer(TestKafka kafka, String transactionalId) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(props, new IntegerSerializer(), new StringSerializer());
    }

    /** The group's committed offset on {@code partition}, 0 before its first commit. */
    private static long committed(String group, TopicPartition partition) {
        return Topics.committed(group).getOrDefault(partition, 0L);
    }

    /**
     * Events 0 .. FAILING_RUN_EVENTS-1 on the single partition of {@code input}, event {@value #OVERSIZED}'s value
     * padded to OUTPUT_LIMIT_BYTES (the input topic takes it: its limit is the broker's, 1 MB); returns its offset.
     */
    private static long produceWithOneOversized(TestKafka kafka, String input) {
        try (KafkaProducer<Integer, String> producer = new KafkaProducer<>(kafka.clientProperties(),
                new IntegerSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int number = 0; number < FAILING_RUN_EVENTS; number++) {
                String value = number == OVERSIZED ? number + " " + "x".repeat(OUTPUT_LIMIT_BYTES)
                        : Integer.toString(number);
                acks.add(producer.send(new ProducerRecord<>(input, number % NumberedEvents.DISTINCT_KEYS, value)));
            }
            long oversizedOffset = -1;
            for (int number = 0; number < FAILING_RUN_EVENTS; number++) {
                long offset = acks.get(number).get(30, TimeUnit.SECONDS).offset();
                if (number == OVERSIZED) {
                    oversizedOffset = offset;
                }
            }
            return oversizedOffset;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write the events to " + input + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + input, e);
        }
    }

    /** An aborted transaction at the start of the input: values a read_committed reader never sees. */
    private static void writeAbortedJunk(TestKafka kafka, String input) {
        String transactionalId = kafka.uniqueName("lab03-junk-writer");
        try (KafkaProducer<Integer, String> producer = transactionalProducer(kafka, transactionalId)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int key = 0; key < NumberedEvents.DISTINCT_KEYS; key++) {
                producer.send(new ProducerRecord<>(input, key, Integer.toString(ABORTED_NUMBER + key)));
            }
            producer.flush();
            producer.abortTransaction();
        }
    }

    private static TransactionalWrites writer(String transactionalId) {
        return Variant.current().instantiate(TransactionalWrites.class, TransactionalWriter.class, transactionalId);
    }

    private static List<String> read(TestKafka kafka, String topic, String isolation, int partitions) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        Map<TopicPartition, Long> ends = kafka.endOffsets(topic);
        assertThat(ends).as("partitions of %s", topic).hasSize(partitions);
        return Topics.readUpTo(ends, props, new StringDeserializer(), new StringDeserializer(), Duration.ofSeconds(30))
                .stream().map(ConsumerRecord::value).toList();
    }
}
