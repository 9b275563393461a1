package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.ConsumerCountProgram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab06.solution.DomainCounter;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.TopicReadiness;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.CountResult;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.DeadLetters;
import dev.kafkalabs.support.clicks.MalformedSamples;
import dev.kafkalabs.support.junit.ClientThreads;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** 6.2: the exercise's {@code DomainCounter}, alone and inside its program ({@link ConsumerCountProgram}). */
@ExerciseCheck("6.2")
class DomainCounterIT {

    private static final int COUNT = 5_000;

    @Test
    void finalCountsEqualTheGroundTruthAndCommittedOffsetsReachTheEnd(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab06-counts", 3);
        String group = kafka.uniqueName("lab06-counter");
        List<byte[]> events = Clickstreams.generated(11, COUNT);
        Clickstreams.send(kafka, topic, events);

        String stdout = Clickstreams.stdoutOf(() -> MainRunner.run(ConsumerCountProgram.class,
                "--topic", topic, "--group", group, "--dead-letter-topic", kafka.uniqueName("lab06-dlq"),
                "--from-beginning", "--exit-when-idle", "3", "--json"));

        assertThat(stdout.strip()).as("stdout with --json: exactly one JSON object, nothing else").doesNotContain("\n");
        assertThat(CountResult.fromJson(stdout.strip())).as("the counter's final counts for %d seeded events", COUNT)
                .isEqualTo(CountResult.of(events));
        assertThat(committed(kafka, group, topic)).as("offsets committed by group %s (at-least-once, manual commits)", group)
                .isEqualTo(kafka.endOffsets(topic));
    }

    @Test
    void everyKindOfMalformedRecordIsDeadLetteredAndCountedWithoutStoppingTheCounter(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab06-mixed", 3);
        String deadLetters = kafka.createTopic("lab06-dlq", 3);
        List<byte[]> events = Clickstreams.generated(12, 2_000);
        Map<String, byte[]> malformed = MalformedSamples.all();
        Clickstreams.send(kafka, topic, Clickstreams.mixed(events, List.copyOf(malformed.values())));
        String group = kafka.uniqueName("lab06-counter");
        // Only the clients this counter opens: an earlier run in this JVM (a wrong answer) may have left its own.
        Set<Thread> clientsBefore = ClientThreads.producersAndConsumers();
        LiveCounter counter = counter(topic, deadLetters, group);

        CompletableFuture<CountResult> run = runAsync(counter);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> run.isDone() || committed(kafka, group, topic).equals(kafka.endOffsets(topic)));
        counter.stop();
        Throwable ended = failureOf(run);
        assertThat(ended).as("how the counter ended: a malformed record must be dead-lettered, not stop the loop "
                + "(a poison pill: restarted, the counter would stop at it again)").isNull();
        CountResult result = run.get(30, TimeUnit.SECONDS);
        assertThat(ClientThreads.startedSince(clientsBefore, ClientThreads.producersAndConsumers()))
                .as("Kafka clients still open after run() returned: the consumer and the dead-letter producer must "
                        + "be closed however the loop ends (in finally) - an open consumer stays in its group and "
                        + "holds its partitions until its session times out, an open producer keeps its thread and "
                        + "buffer")
                .isEmpty();
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readAll(deadLetters, new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), malformed.size(), Duration.ofSeconds(30));

        assertThat(result.counts()).as("counts of the valid events: malformed records change nothing")
                .isEqualTo(CountResult.of(events).counts());
        assertThat(result.malformed()).as("malformed records counted (one of each kind: %s)", malformed.keySet())
                .isEqualTo(malformed.size());
        Map<String, String> errorByValue = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> letter : letters) {
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC_HEADER))
                    .as("source topic header of a dead letter").isEqualTo(topic);
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET_HEADER))
                    .as("source offset header of a dead letter").isNotBlank();
            errorByValue.put(text(letter.value()), DeadLetters.header(letter.headers(), DeadLetters.ERROR_HEADER));
        }
        assertThat(errorByValue.keySet()).as("dead letters in %s: each malformed value, unchanged", deadLetters)
                .containsExactlyInAnyOrderElementsOf(malformed.values().stream().map(DomainCounterIT::text).toList());
        malformed.forEach((kind, value) -> assertThat(errorByValue.get(text(value)))
                .as("'%s' header of the dead letter for %s", DeadLetters.ERROR_HEADER, kind)
                .isEqualTo(ClickEvents.read(value).error()));
    }

    @Test
    void nothingPastADeadLetterThatCouldNotBeStoredIsCommitted(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab06-unstorable", 1);
        // The dead-letter topic accepts no record at all: every dead letter fails to be stored.
        String deadLetters = kafka.uniqueName("lab06-full-dlq");
        kafka.admin().createTopics(List.of(new NewTopic(deadLetters, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1")))).all().get(30, TimeUnit.SECONDS);
        TopicReadiness.awaitServed(kafka.admin(), List.of(deadLetters), Duration.ofSeconds(30));
        List<byte[]> values = new ArrayList<>(Clickstreams.generated(13, 200));
        int malformedAt = values.size();
        values.add(MalformedSamples.all().get("plain text"));
        values.addAll(Clickstreams.generated(14, 200));
        Clickstreams.send(kafka, topic, values);
        String group = kafka.uniqueName("lab06-counter");
        LiveCounter counter = counter(topic, deadLetters, group);

        CompletableFuture<CountResult> run = runAsync(counter);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> run.isDone() || committed(kafka, group, topic).getOrDefault(new TopicPartition(topic, 0), 0L)
                        > malformedAt);
        counter.stop();
        Throwable ended = failureOf(run);

        assertThat(committed(kafka, group, topic).getOrDefault(new TopicPartition(topic, 0), 0L))
                .as("offset committed by group %s when the dead letter of offset %d could not be stored: offsets were "
                        + "committed before the dead letters were stored: a crash would lose them (a commit before the "
                        + "dead letters are flushed and checked, or auto-commit, which commits on its own schedule and "
                        + "on close)", group, malformedAt)
                .isLessThanOrEqualTo(malformedAt);
        assertThat(ended).as("how the counter ended when a dead letter could not be stored: it must stop with the "
                + "error instead of going on").isNotNull();
    }

    private static LiveCounter counter(String topic, String deadLetters, String group) {
        return Variant.current().instantiate(LiveCounter.class, DomainCounter.class, new CounterOptions()
                .topic(topic).deadLetterTopic(deadLetters).group(group).fromBeginning(true));
    }

    private static CompletableFuture<CountResult> runAsync(LiveCounter counter) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return counter.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /**
     * How {@code run} ended: {@code null} for a normal return, else its exception. A starter's TODO
     * ("Lab 6.2: ...") is thrown as is, so that the check reports it.
     */
    private static Throwable failureOf(CompletableFuture<CountResult> run) throws Exception {
        try {
            run.get(30, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            Todo.rethrowIfFound(cause);
            return cause;
        }
    }

    private static Map<TopicPartition, Long> committed(TestKafka kafka, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = kafka.admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** ISO-8859-1 maps every byte to one char: byte arrays become comparable strings. */
    private static String text(byte[] value) {
        return value == null ? "<null>" : new String(value, StandardCharsets.ISO_8859_1);
    }
}
