package dev.kafkalabs.lab11;

import dev.kafkalabs.lab11.demo.SparkCountProgram;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ClickstreamGenerator;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.StdoutCapture;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * 11.2: the exercise's {@code DomainCount} inside its program ({@link SparkCountProgram}), against the ground
 * truth lab 6's checks use: three engines, one answer.
 */
@ExerciseCheck("11.2")
class SparkDomainCountIT {

    private static final int COUNT = 3_000;

    @Test
    void theCountsEqualLab6sGroundTruthAndEveryMalformedRecordIsSetAside(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab11-clicks", 3);
        String output = kafka.uniqueName("lab11-domain-counts");
        String deadLetters = kafka.uniqueName("lab11-dead-letters");
        Map<String, byte[]> malformed = MalformedSamples.all();
        List<byte[]> values = MalformedSamples.mixedInto(ClickstreamGenerator.jsonValues(21, COUNT),
                List.copyOf(malformed.values()));
        // Events without keys, as a replayed file is sent; each malformed record keyed by its kind, which its dead
        // letter must keep.
        Map<String, String> kindByValue = new HashMap<>();
        malformed.forEach((kind, value) -> kindByValue.put(text(value), kind));
        kafka.send(values.stream().map(value -> new ProducerRecord<>(topic,
                kindByValue.containsKey(text(value)) ? kindByValue.get(text(value)).getBytes(StandardCharsets.UTF_8)
                        : null, value)).toList());

        String stdout = StdoutCapture.of(() -> runProgram("--topic", topic, "--output-topic", output,
                "--dead-letter-topic", deadLetters, "--from-beginning", "--available-now", "--json"));

        assertThat(stdout.strip()).as("stdout with --json: exactly one JSON object, nothing else").doesNotContain("\n");
        CountResult result = CountResult.fromJson(stdout.strip());
        Map<String, String> errorByValue = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> letter : kafka.readToEnd(deadLetters, new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), Duration.ofSeconds(30))) {
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC_HEADER))
                    .as("source topic header of a dead letter: a dead letter keeps where it came from in its headers "
                            + "(source topic and offset, and the error), so that it can be traced and replayed")
                    .isEqualTo(topic);
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET_HEADER))
                    .as("source offset header of a dead letter").isNotBlank();
            errorByValue.put(text(letter.value()), DeadLetters.header(letter.headers(), DeadLetters.ERROR_HEADER));
            assertThat(letter.key() == null ? null : new String(letter.key(), StandardCharsets.UTF_8))
                    .as("key of the dead letter for %s: a dead letter keeps the malformed record's key and value bytes "
                            + "unchanged, so that it can be replayed to the same partition once fixed",
                            kindByValue.get(text(letter.value())))
                    .isEqualTo(kindByValue.get(text(letter.value())));
        }
        List<String> notSetAside = malformed.entrySet().stream()
                .filter(sample -> !errorByValue.containsKey(text(sample.getValue()))).map(Map.Entry::getKey).toList();
        assertThat(notSetAside).as("malformed kinds that were not set aside in %s, unchanged, but taken for events: a "
                + "record is an event only by the rule labs 6 and 11 share (ClickEvents); a lenient JSON parser such as "
                + "from_json fills missing fields with null and turns a number into text", deadLetters).isEmpty();
        malformed.forEach((kind, value) -> assertThat(errorByValue.get(text(value)))
                .as("'%s' header of the dead letter for %s", DeadLetters.ERROR_HEADER, kind)
                .isEqualTo(ClickEvents.read(value).error()));
        assertThat(result.malformed()).as("malformed records in the result (one of each kind: %s)", malformed.keySet())
                .isEqualTo(malformed.size());
        assertThat(result.counts()).as("counts per domain of %d events sent without keys, as a replayed file is - the "
                + "ground truth of lab 6's generator. A count under \"null\": the events were counted by their record "
                + "key, which is the domain only when 6.1 wrote them", COUNT)
                .isEqualTo(CountResult.of(values).counts());
    }

    /**
     * Runs the program; a failure other than a starter's TODO fails the check with what it means. The
     * output topic is compacted, and a compacted topic refuses a record without a key.
     */
    private static void runProgram(String... args) throws Exception {
        try {
            MainRunner.run(SparkCountProgram.class, args);
        } catch (Exception e) {
            if (Todo.find(e).isPresent()) {
                throw e;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                // The broker's refusal arrives as InvalidRecordException, or wrapped in the batch's KafkaException.
                if (cause instanceof InvalidRecordException || String.valueOf(cause.getMessage()).contains("invalid records")) {
                    throw new AssertionError("A count record had no key, and the compacted output topic refused it: "
                            + "either the malformed records were counted too, under a null domain (set them aside, "
                            + "do not count them), or the events were counted by their record key, which is the "
                            + "domain only when 6.1 wrote them (these were sent without keys, as a replayed file is)", e);
                }
                if (String.valueOf(cause.getMessage()).contains("cannot be cast to class [B")) {
                    throw new AssertionError("The parsing function was given a String where it reads bytes: it takes "
                            + "the record's value as Kafka holds it (binary) - a value cast to a string first is no "
                            + "longer bytes. " + e.getMessage(), e);
                }
            }
            throw new AssertionError("The program failed: " + e.getMessage(), e);
        }
    }

    /** ISO-8859-1 maps every byte to one char: byte arrays become comparable strings. */
    private static String text(byte[] value) {
        return value == null ? "<null>" : new String(value, StandardCharsets.ISO_8859_1);
    }
}
