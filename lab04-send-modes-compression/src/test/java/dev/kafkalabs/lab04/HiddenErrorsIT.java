package dev.kafkalabs.lab04;

import static dev.kafkalabs.lab04.RecordingProducer.recording;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab04.demo.HiddenErrorsDemo;
import dev.kafkalabs.lab04.solution.ThreeWaySender;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Lab 4.3: a record the broker refuses is lost without a trace in fire-and-forget, and reported by
 * sync (through the Future) and async (through the callback). A small record goes through every way.
 */
@ExerciseCheck("4.3")
class HiddenErrorsIT {

    @Test
    void fireAndForgetLosesTheRefusedRecordWithoutNoticing(TestKafka kafka) throws Exception {
        String topic = smallRecordsTopic(kafka);
        try (Producer<String, byte[]> real = producer(kafka)) {
            RecordingProducer<String, byte[]> recorder = recording(real);
            OneRecordSender sender = sender(recorder.producer());

            sender.fireAndForget(record(topic, "oversized", HiddenErrorsDemo.OVERSIZED_BYTES));
            sender.fireAndForget(record(topic, "small", 100));
            real.flush();

            assertThat(recorder.sends()).as("calls to send for two fireAndForget calls").isEqualTo(2);
            assertThat(recorder.waits() + recorder.distinctCallbacks())
                    .as("Futures waited on (%d) plus callbacks passed (%d): fire-and-forget waited or asked for an "
                            + "answer, and it uses neither", recorder.waits(), recorder.distinctCallbacks()).isZero();
        }
        assertThat(keysIn(kafka, topic, 1)).as("records in %s: the small one arrived, the oversized one was refused",
                topic).containsExactly("small");
    }

    @Test
    void syncHearsTheRefusalFromTheFuture(TestKafka kafka) throws Exception {
        String topic = smallRecordsTopic(kafka);
        try (Producer<String, byte[]> real = producer(kafka)) {
            RecordingProducer<String, byte[]> recorder = recording(real);
            OneRecordSender sender = sender(recorder.producer());

            Optional<Throwable> oversized = sender.sendSync(record(topic, "oversized", HiddenErrorsDemo.OVERSIZED_BYTES));
            Optional<Throwable> small = sender.sendSync(record(topic, "small", 100));

            assertThat(oversized).as("what sendSync returned for a %d-byte record on a topic limited to %d bytes: "
                    + "Kafka's own RecordTooLargeException (the cause), not the ExecutionException wrapper around it, "
                    + "and never nothing", HiddenErrorsDemo.OVERSIZED_BYTES, HiddenErrorsDemo.TOPIC_LIMIT_BYTES)
                    .containsInstanceOf(RecordTooLargeException.class);
            assertThat(small).as("what sendSync returned for a 100-byte record").isEmpty();
            assertThat(recorder.waits()).as("Futures waited on with get(): sync must wait for the broker's answer "
                    + "to each record").isEqualTo(2);
        }
        assertThat(keysIn(kafka, topic, 1)).as("records in %s", topic).containsExactly("small");
    }

    @Test
    void asyncHearsTheRefusalInTheCallback(TestKafka kafka) throws Exception {
        String topic = smallRecordsTopic(kafka);
        try (Producer<String, byte[]> real = producer(kafka)) {
            RecordingProducer<String, byte[]> recorder = recording(real);
            OneRecordSender sender = sender(recorder.producer());

            Optional<Throwable> oversized = sender.sendAsync(record(topic, "oversized", HiddenErrorsDemo.OVERSIZED_BYTES));
            Optional<Throwable> small = sender.sendAsync(record(topic, "small", 100));

            assertThat(oversized).as("what sendAsync returned for a %d-byte record on a topic limited to %d bytes: "
                    + "the callback must pass Kafka's RecordTooLargeException on; nothing means the error was "
                    + "swallowed", HiddenErrorsDemo.OVERSIZED_BYTES, HiddenErrorsDemo.TOPIC_LIMIT_BYTES)
                    .containsInstanceOf(RecordTooLargeException.class);
            assertThat(small).as("what sendAsync returned for a 100-byte record").isEmpty();
            assertThat(recorder.callbackCalls()).as("times Kafka called a callback passed to send").isEqualTo(2);
            assertThat(recorder.distinctCallbacks()).as("distinct Callback objects (one, reused)").isEqualTo(1);
            assertThat(recorder.waits()).as("Futures waited on with get(): async learns from the callback and "
                    + "never waited on a Future").isZero();
        }
        assertThat(keysIn(kafka, topic, 1)).as("records in %s", topic).containsExactly("small");
    }

    private static OneRecordSender sender(Producer<String, byte[]> producer) {
        return Variant.current().instantiate(OneRecordSender.class, ThreeWaySender.class, producer);
    }

    /** A topic whose broker-side limit refuses the oversized record, as in the demonstration. */
    private static String smallRecordsTopic(TestKafka kafka) throws Exception {
        String topic = kafka.uniqueName("lab04-hidden-errors");
        NewTopic newTopic = new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(HiddenErrorsDemo.TOPIC_LIMIT_BYTES)));
        Topics.ensureExist(kafka.admin(), newTopic);
        return topic;
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, int bytes) {
        return new ProducerRecord<>(topic, key, new byte[bytes]);
    }

    private static Producer<String, byte[]> producer(TestKafka kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.uniqueName("lab04-check"));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static List<String> keysIn(TestKafka kafka, String topic, int expected) {
        return kafka.readAll(topic, new StringDeserializer(), new ByteArrayDeserializer(), expected, Duration.ofSeconds(30))
                .stream().map(ConsumerRecord::key).toList();
    }
}
