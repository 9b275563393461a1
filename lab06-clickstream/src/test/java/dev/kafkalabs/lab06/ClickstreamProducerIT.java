package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.GeneratorProgram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import dev.kafkalabs.lab06.solution.ClickstreamProducer;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 6.1: the program ({@link GeneratorProgram}) with the exercise's {@code ClickstreamProducer} inside. */
@ExerciseCheck("6.1")
class ClickstreamProducerIT {

    private static final int COUNT = 3_000;
    private static final long SEED = 7;
    private static final int REFUSAL_ATTEMPTS = 5;

    @Test
    void aSeededRunSendsTheSeedsEventsKeyedByDomainWithTheirTimeAndPrintsTheGroundTruth(TestKafka kafka) throws Exception {
        String topic = kafka.uniqueName("lab06-generated");

        String stdout = Clickstreams.stdoutOf(() -> MainRunner.run(GeneratorProgram.class,
                "--count", String.valueOf(COUNT), "--seed", String.valueOf(SEED), "--topic", topic, "--json"));
        List<ConsumerRecord<byte[], byte[]>> sent = kafka.readAll(topic, new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), COUNT, Duration.ofSeconds(30));

        List<byte[]> expected = Clickstreams.generated(SEED, COUNT);
        CountResult truth = CountResult.of(expected);
        assertThat(sent).as("records in %s after --count %d", topic, COUNT).hasSize(COUNT);
        assertThat(sent).extracting(record -> text(record.value()))
                .as("the events in %s (any order across partitions) are the seed's events", topic)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(ClickstreamProducerIT::text).toList());
        assertKeyedByDomainWithEventTime(sent);
        assertThat(CountResult.fromJson(lastLine(stdout)))
                .as("the ground truth printed with --json (last stdout line)").isEqualTo(truth);
        assertThat(truth.ranked().get(0).getValue()).as("the busiest domain's share: traffic is skewed")
                .isGreaterThan(COUNT / 5L);
    }

    @Test
    void replayingAFileSendsEveryLineUnchangedMalformedOnesIncluded(TestKafka kafka, @TempDir Path dir) throws Exception {
        // One partition, so that the file's order is the topic's order; kept forever, as the program's own
        // topics are (ClickTopics.log): valid lines carry 2016 timestamps, malformed ones today's.
        String topic = kafka.uniqueName("lab06-replay");
        Topics.ensureExist(kafka.admin(), new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        List<byte[]> lines = Clickstreams.mixed(Clickstreams.generated(SEED, 50),
                List.copyOf(MalformedSamples.textLines().values()));
        Path file = dir.resolve("events.jsonl");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            content.write(line);
            content.write('\n');
        }
        Files.write(file, content.toByteArray());

        try {
            MainRunner.run(GeneratorProgram.class, "--from-file", file.toString(), "--topic", topic);
        } catch (NullPointerException e) {
            fail("replaying a file with malformed lines crashed (" + e.getMessage() + "): a malformed line has no "
                    + "event (null), so it has no domain - it goes out unchanged, without a key", e);
        }
        List<ConsumerRecord<byte[], byte[]>> sent = kafka.readAll(topic, new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), lines.size(), Duration.ofSeconds(30));

        assertThat(sent).extracting(record -> text(record.value()))
                .as("records in the one-partition topic %s, in file order, byte for byte", topic)
                .containsExactlyElementsOf(lines.stream().map(ClickstreamProducerIT::text).toList());
        assertKeyedByDomainWithEventTime(sent.stream().filter(record -> ClickEvents.read(record.value()).isValid()).toList());
    }

    @Test
    void theRunFailsWhenTheBrokerRejectsEvents(TestKafka kafka) throws Exception {
        String topic = rejectingTopic(kafka);

        Throwable failure = catchThrowable(() -> Clickstreams.stdoutOf(() -> MainRunner.run(GeneratorProgram.class,
                "--count", "200", "--topic", topic, "--json")));

        Todo.rethrowIfFound(failure);
        assertThat(failure).as("the generator's run into a topic that rejects every event: it reported success "
                + "although the broker rejected its events (a send is done only when its callback says so)").isNotNull();
    }

    @Test
    void awaitDeliveryReportsARefusalThatArrivesWhileItWaits(TestKafka kafka) throws Exception {
        String topic = rejectingTopic(kafka);
        byte[] value = Clickstreams.generated(SEED, 1).get(0);
        ClickEvent event = ClickEvents.parse(value);

        // One event, then awaitDelivery() at once: the producer still holds it (it lingers to fill a batch), so the
        // broker's refusal can only arrive while awaitDelivery() flushes. Five times: a run where the refusal came
        // first (a stalled machine) cannot hide the order from all five.
        for (int attempt = 1; attempt <= REFUSAL_ATTEMPTS; attempt++) {
            try (EventSender sender = Variant.current().instantiate(EventSender.class, ClickstreamProducer.class, topic)) {
                sender.send(value, event);
                Throwable failure = catchThrowable(sender::awaitDelivery);
                Todo.rethrowIfFound(failure);
                assertThat(failure).as("awaitDelivery() right after sending one event that the broker refuses (attempt "
                        + "%d of %d): it returned as if the event had been written. The refusal comes back only while "
                        + "the buffer is flushed: read the callbacks' failures after flush(), not before", attempt,
                        REFUSAL_ATTEMPTS).isNotNull();
            }
        }
    }

    /** A topic that accepts no record at all: every send fails, after the producer has handed it over. */
    private static String rejectingTopic(TestKafka kafka) {
        String topic = kafka.uniqueName("lab06-rejecting");
        Topics.ensureExist(kafka.admin(), new NewTopic(topic, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1")));
        return topic;
    }

    /** Every record is keyed by its event's domain and stamped with the event's own time. */
    private static void assertKeyedByDomainWithEventTime(List<ConsumerRecord<byte[], byte[]>> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            ClickEvent event = ClickEvents.read(record.value()).event();
            assertThat(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                    .as("key of %s: events must be keyed by their domain, so that each domain's events stay in "
                            + "one partition, in order", text(record.value()))
                    .isEqualTo(event.domain());
            assertThat(record.timestamp())
                    .as("record timestamp of %s: it must be the event's own time (its timestamp field), not the "
                            + "time it was sent", text(record.value()))
                    .isEqualTo(event.timestamp());
        }
    }

    /** ISO-8859-1 maps every byte to one char: byte arrays become comparable strings. */
    private static String text(byte[] value) {
        return value == null ? "<null>" : new String(value, StandardCharsets.ISO_8859_1);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
