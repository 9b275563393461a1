package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.solution.PollLoopConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@ExerciseCheck("3.2")
class PollLoopConsumerIT {

    private static final int COUNT = 24;

    @Test
    void sigtermStopsTheConsumerWithinTwoSecondsWithExitCodeZeroAndItsOffsetsCommitted(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-poll", 3);
        String group = kafka.uniqueName("lab03-poll-group");
        NumberedEvents.produce(topic, COUNT);
        Pattern row = Pattern.compile("^" + Pattern.quote(topic) + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

        try (ChildProcess consumer = ChildJvm.of(Variant.current().resolve(PollLoopConsumer.class))
                .args("--topic", topic, "--group", group).start()) {
            Map<TopicPartition, Long> consumedUpTo = new HashMap<>();
            AtomicInteger rows = new AtomicInteger();
            consumer.awaitLine(line -> row.matcher(line).matches() && rows.incrementAndGet() == COUNT,
                    COUNT + " record rows (topic, partition, offset, key, value)", Duration.ofSeconds(60));
            for (String line : consumer.output()) {
                Matcher matcher = row.matcher(line);
                if (matcher.matches()) {
                    consumedUpTo.merge(new TopicPartition(topic, Integer.parseInt(matcher.group(1))),
                            Long.parseLong(matcher.group(2)) + 1, Math::max);
                }
            }

            int exitCode = consumer.stopGracefully(Duration.ofSeconds(2));

            assertThat(exitCode).as("exit code after SIGTERM (143 means the JVM died of the signal, not a clean "
                    + "stop). Output:%n%s", consumer.tail()).isZero();
            assertThat(consumer.output()).as("the consumer's output after SIGTERM: close() must have run")
                    .anyMatch(line -> line.startsWith("Consumer closed"));
            assertThat(consumedUpTo.values().stream().mapToLong(Long::longValue).sum())
                    .as("records printed by the consumer").isEqualTo(COUNT);
            assertThat(kafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .toCompletionStage().toCompletableFuture().join().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())))
                    .as("offsets committed by group %s (= last consumed offset + 1 per partition)", group)
                    .isEqualTo(consumedUpTo);
        }
    }
}
