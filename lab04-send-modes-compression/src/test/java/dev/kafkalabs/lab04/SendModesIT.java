package dev.kafkalabs.lab04;

import static dev.kafkalabs.lab04.RecordingProducer.recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab04.solution.AsyncMode;
import dev.kafkalabs.lab04.solution.FireAndForgetMode;
import dev.kafkalabs.lab04.solution.SyncMode;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lab 4.1: each send mode delivers every record once, and uses the producer the way its name says. */
@ExerciseCheck("4.1")
class SendModesIT {

    private static final int RECORDS = 300;
    private static final Payloads PAYLOADS = Payloads.randomLetters(100, 50, 1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {FireAndForgetMode.class, SyncMode.class, AsyncMode.class})
    void everyModeDeliversExactlyTheRecordsSentInOrder(Class<? extends SendMode> solutionMode, TestKafka kafka)
            throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, solutionMode);
        String topic = kafka.createTopic("lab04-" + mode.name(), 1);

        try (Producer<byte[], byte[]> producer = producer(kafka)) {
            mode.sendAll(producer, new SendJob(topic, PAYLOADS, RECORDS), new DeliveryLedger(RECORDS));
            producer.flush();
        }

        assertThat(kafka.endOffsetTotal(topic)).as("records in %s after %s sent %d (end offset)", topic, mode.name(), RECORDS)
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
        DeliveryLedger ledger = new DeliveryLedger(RECORDS);

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), ledger);
            real.flush();

            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.waits()).as("waits on a Future from send (fire-and-forget ignores it)").isZero();
            assertThat(recorder.distinctCallbacks()).as("callbacks passed to send (fire-and-forget passes none)").isZero();
            assertThat(ledger.sentCount()).as("ledger.sending() calls").isEqualTo(RECORDS);
            assertThat(ledger.acknowledgedCount() + ledger.failedCount())
                    .as("answers reported to the ledger by a mode that never learns any").isZero();
        }
    }

    @Test
    void syncWaitsForEachRecordBeforeSendingTheNext(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, SyncMode.class);
        String topic = kafka.createTopic("lab04-sync", 1);
        DeliveryLedger ledger = new DeliveryLedger(RECORDS);

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), ledger);

            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.waits()).as("waits with get() on the Future of each send").isEqualTo(RECORDS);
            assertThat(recorder.mostUnwaitedAtSend())
                    .as("sends not yet waited for when the next send started (sync sends one at a time)").isZero();
            assertThat(ledger.acknowledgedCount()).as("ledger.acknowledged() calls").isEqualTo(RECORDS);
            assertThat(ledger.failedCount()).as("ledger.failed() calls; first error: %s", ledger.firstFailure())
                    .isZero();
        }
    }

    @Test
    void asyncPassesOneCallbackThatKafkaCallsOncePerRecord(TestKafka kafka) throws Exception {
        SendMode mode = Variant.current().instantiate(SendMode.class, AsyncMode.class);
        String topic = kafka.createTopic("lab04-async", 1);
        DeliveryLedger ledger = new DeliveryLedger(RECORDS);

        try (Producer<byte[], byte[]> real = producer(kafka)) {
            RecordingProducer<byte[], byte[]> recorder = recording(real);
            mode.sendAll(recorder.producer(), new SendJob(topic, PAYLOADS, RECORDS), ledger);
            real.flush();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorder.callbackCalls())
                    .as("times Kafka called the callback").isEqualTo(RECORDS));
            assertThat(recorder.callbackError()).as("exception thrown by the callback").isNull();
            assertThat(recorder.sends()).as("calls to send").isEqualTo(RECORDS);
            assertThat(recorder.distinctCallbacks())
                    .as("distinct Callback objects passed to send (one, reused for every record)").isEqualTo(1);
            assertThat(recorder.waits()).as("waits on a Future from send (async does not block)").isZero();
            assertThat(ledger.acknowledgedCount()).as("ledger.acknowledged() calls from the callback")
                    .isEqualTo(RECORDS);
            assertThat(ledger.failedCount()).as("ledger.failed() calls; first error: %s", ledger.firstFailure())
                    .isZero();
        }
    }

    private static Producer<byte[], byte[]> producer(TestKafka kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.uniqueName("lab04-check"));
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.US_ASCII);
    }
}
