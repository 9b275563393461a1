package dev.kafkalabs.lab04;

import static dev.kafkalabs.lab04.RecordingProducer.recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab04.solution.AsyncMode;
import dev.kafkalabs.lab04.solution.FireAndForgetMode;
import dev.kafkalabs.lab04.solution.SyncMode;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lab 4.1: each send mode delivers every record once, uses the producer the way its name says, and
 * reports what Kafka answered - including the records Kafka refuses.
 */
@ExerciseCheck("4.1")
class SendModesIT {

    private static final int RECORDS = 300;
    private static final Payloads PAYLOADS = Payloads.randomLetters(100, 50, 1);
    /** A topic that refuses batches over this size, and a record four times as large. */
    private static final int TOPIC_LIMIT_BYTES = 2048;
    private static final int OVERSIZED_BYTES = 8192;
    /** Every 5th record of the refusal checks is oversized. */
    private static final int REFUSAL_RECORDS = 40;
    private static final int REFUSED = REFUSAL_RECORDS / 5;

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {FireAndForgetMode.class, SyncMode.class, AsyncMode.class})
    void everyModeDeliversExactlyTheRecordsSentInOrder(Class<? extends SendMode> solutionMode, TestKafka kafka)
            throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, solutionMode);
        String name = solutionMode.getSimpleName();
        String topic = kafka.createTopic("lab04-" + name, 1);

        try (Producer<byte[], byte[]> producer = producer(kafka)) {
            mode.sendAll(producer, new SendJob(topic, PAYLOADS, RECORDS), new SendOutcomes());
            producer.flush();
        }

        assertThat(kafka.endOffsetTotal(topic)).as("records in %s after %s sent %d (end offset)", topic, name, RECORDS)
                .isEqualTo(RECORDS);
        List<String> stored = kafka.readAll(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), RECORDS,
                Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(SendModesIT::text).toList();
        List<String> sent = IntStream.range(0, RECORDS).mapToObj(i -> text(PAYLOADS.get(i))).toList();
        assertThat(stored).as("values in %s, in partition order, compared with job.record(0..%d)", topic, RECORDS - 1)
                .isEqualTo(sent);
    }

    @Test
    void fireAndForgetNeverWaitsAndNeverAsks(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, FireAndForgetMode.class);
        String topic = kafka.createTopic("lab04-fire-and-forget", 1);
        SendOutcomes outcomes = new SendOutcomes();

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), outcomes);
            real.flush();

            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.waits()).as("fire-and-forget blocked on a send's Future %d times: it must hand each "
                    + "record over and move on, never waiting for the broker", recorder.waits()).isZero();
            assertThat(recorder.distinctCallbacks()).as("callbacks passed to send (fire-and-forget passes none)").isZero();
            assertThat(outcomes.answeredCount()).as("answers reported to outcomes by a mode that never learns any")
                    .isZero();
        }
    }

    @Test
    void syncWaitsForEachRecordBeforeSendingTheNext(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, SyncMode.class);
        String topic = kafka.createTopic("lab04-sync", 1);
        SendOutcomes outcomes = new SendOutcomes();

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), outcomes);

            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.waits()).as("sync waited for the broker's answer (get() on a send's Future) %d times "
                    + "for %d records: it must wait for the broker's answer to every record", recorder.waits(), RECORDS)
                    .isEqualTo(RECORDS);
            assertThat(recorder.mostUnwaitedAtSend()).as("sends not yet answered when the next send started: sync "
                    + "must wait for the broker's answer before sending the next record").isZero();
            assertThat(outcomes.storedCount()).as("records sync reported stored").isEqualTo(RECORDS);
            assertThat(outcomes.failedCount()).as("records sync reported failed; first error: %s",
                    outcomes.firstFailure()).isZero();
        }
    }

    @Test
    void syncReportsKafkasOwnErrorForEveryRefusedRecord(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, SyncMode.class);
        SendOutcomes outcomes = new SendOutcomes();

        try (Producer<byte[], byte[]> producer = refusalProducer(kafka)) {
            mode.sendAll(producer, refusalJob(kafka), outcomes);
        }

        assertRefusalsReported("sync", outcomes);
    }

    @Test
    void asyncPassesOneCallbackThatKafkaCallsOncePerRecord(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, AsyncMode.class);
        String topic = kafka.createTopic("lab04-async", 1);
        SendOutcomes outcomes = new SendOutcomes();

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), outcomes);
            real.flush();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorder.callbackCalls())
                    .as("times Kafka called the callback").isEqualTo(RECORDS));
            assertThat(recorder.callbackError()).as("exception thrown by the callback").isNull();
            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.waits()).as("async blocked on a send's Future %d times: it must never wait, the "
                    + "callback hears the answer", recorder.waits()).isZero();
            assertThat(recorder.distinctCallbacks()).as("distinct Callback objects passed to send: one callback "
                    + "object must serve every record (a new one per record is garbage for the collector)").isEqualTo(1);
            assertThat(outcomes.storedCount()).as("records the callback reported stored").isEqualTo(RECORDS);
            assertThat(outcomes.failedCount()).as("records the callback reported failed; first error: %s",
                    outcomes.firstFailure()).isZero();
        }
    }

    @Test
    void asyncReportsEveryRefusedRecordAsFailed(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, AsyncMode.class);
        SendOutcomes outcomes = new SendOutcomes();

        try (Producer<byte[], byte[]> producer = refusalProducer(kafka)) {
            mode.sendAll(producer, refusalJob(kafka), outcomes);
            producer.flush();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outcomes.answeredCount())
                    .as("answers the callback reported for %d records", REFUSAL_RECORDS).isEqualTo(REFUSAL_RECORDS));
        }

        assertRefusalsReported("async", outcomes);
    }

    /** {@code REFUSAL_RECORDS} records for a topic that refuses every 5th one: it is too large. */
    private static SendJob refusalJob(TestKafka kafka) throws Exception {
        String topic = kafka.uniqueName("lab04-refusals");
        NewTopic newTopic = new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(TOPIC_LIMIT_BYTES)));
        Topics.ensureExist(kafka.admin(), newTopic);
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(new byte[i == 4 ? OVERSIZED_BYTES : 100]);
        }
        return new SendJob(topic, Payloads.of(values), REFUSAL_RECORDS);
    }

    private static void assertRefusalsReported(String mode, SendOutcomes outcomes) {
        assertThat(outcomes.failedCount()).as("%s reported %d of %d refused records as failed (and %d records stored, "
                + "of %d that fit): a refused record reported as stored means the error was swallowed - look at the "
                + "exception argument", mode, outcomes.failedCount(), REFUSED, outcomes.storedCount(),
                REFUSAL_RECORDS - REFUSED).isEqualTo(REFUSED);
        assertThat(outcomes.storedCount()).as("records %s reported stored", mode).isEqualTo(REFUSAL_RECORDS - REFUSED);
        assertThat(outcomes.firstFailure()).as("the error %s reported for a refused record must be Kafka's own "
                + "RecordTooLargeException, not the ExecutionException wrapper around it (its cause)", mode)
                .containsInstanceOf(RecordTooLargeException.class);
    }

    private static Producer<byte[], byte[]> producer(TestKafka kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.uniqueName("lab04-check"));
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A producer for the refusal checks: only the oversized records may be refused, nothing else. */
    private static Producer<byte[], byte[]> refusalProducer(TestKafka kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.uniqueName("lab04-check-refusals"));
        // Small batches: a batch of small records stays under the topic's limit.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024);
        // One request at a time: a refused batch does not put the requests behind it out of sequence.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.US_ASCII);
    }
}
