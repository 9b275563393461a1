package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.demo.SendGreetings;
import dev.kafkalabs.lab03.solution.SimpleProducer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ClientThreads;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@ExerciseCheck("3.1")
class SimpleProducerIT {

    private static final int COUNT = 30;

    private static List<ConsumerRecord<Integer, String>> records;
    private static String topic;
    private static long written;
    private static int exitCode;
    private static String output;

    /** The producer runs as its own program: when its main returns, the JVM ends, and so does whatever it left unsent. */
    @BeforeAll
    static void runTheProducer(TestKafka kafka) {
        topic = kafka.createTopic("lab03-simple", 3);
        try (ChildProcess producer = ChildJvm.of(SendGreetings.class)
                .args("--topic", topic, "--count", String.valueOf(COUNT)).start()) {
            exitCode = producer.awaitExit(Duration.ofSeconds(60));
            output = producer.tail();
        }
        written = kafka.endOffsetTotal(topic);
        records = kafka.readToEnd(topic, new IntegerDeserializer(), new StringDeserializer(), Duration.ofSeconds(30));
    }

    @Test
    void everyRecordArrivesWithItsKeyAndValue() {
        assertThat(exitCode).as("exit code of the producer program. Output:%n%s", output).isZero();
        assertThat(written).as("records in %s once the program had ended, of %d sent: the missing ones were still in "
                + "the producer's buffer when the program ended - close() sends what is buffered, and waits", topic,
                COUNT).isEqualTo(COUNT);
        assertThat(records.stream().filter(record -> record.key() == null).count())
                .as("records sent without a key, of %d: the key is what keeps related records together", COUNT)
                .isZero();
        Map<String, Integer> valueToKey = records.stream()
                .collect(Collectors.toMap(ConsumerRecord::value, ConsumerRecord::key, (first, second) -> first));
        for (int i = 0; i < COUNT; i++) {
            assertThat(valueToKey).as("value -> key of the records in %s: the greetings are Hello Kafka #0 to #%d, "
                    + "and greeting i has the key i %% 5 (five keys: the records of one key go to one partition, in "
                    + "order; a key per record keeps nothing together)", topic, COUNT - 1)
                    .containsEntry("Hello Kafka #" + i, i % 5);
        }
    }

    /**
     * In its own program an unclosed producer goes unnoticed once its records are flushed: its I/O thread is a
     * daemon and dies with the JVM. In a longer-lived program (a service, a test) it stays, with its buffer
     * and its connections: so {@code send} is called here, in this JVM, and must leave no producer running.
     */
    @Test
    void noProducerIsLeftRunningWhenSendReturns(TestKafka kafka) {
        String ownTopic = kafka.createTopic("lab03-simple-closed", 1);
        // Only the threads this call starts: an earlier run in this JVM (a wrong answer) may have left its own.
        Set<Thread> before = ClientThreads.producers();

        Variant.current().instantiate(GreetingSender.class, SimpleProducer.class).send(ownTopic, 3);

        assertThat(kafka.endOffsetTotal(ownTopic)).as("records in %s after send(%s, 3) returned: the missing ones "
                + "were still in the producer's buffer - close() sends what is buffered and waits for it, unless its "
                + "timeout runs out first (close(Duration.ZERO) drops the buffer)", ownTopic, ownTopic)
                .isEqualTo(3);
        assertThat(ClientThreads.startedSince(before, ClientThreads.producers()))
                .as("producer I/O threads still running after send() returned: the producer was not closed - flush() "
                        + "sends what is buffered, but only close() (here the end of try-with-resources) also stops "
                        + "the producer's thread and frees its buffer and connections")
                .isEmpty();
    }

    @Test
    void recordsWithTheSameKeyLandInTheSamePartition() {
        assertThat(exitCode).as("exit code of the producer program. Output:%n%s", output).isZero();
        assertThat(records).as("records read back from %s", topic).hasSize(COUNT);
        assertThat(records).as("records sent without a key: the partitioner then spreads them, and records with "
                + "the same key no longer land in the same partition").allMatch(record -> record.key() != null);
        Map<Integer, Set<Integer>> partitionsByKey = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));

        assertThat(partitionsByKey).as("partitions each key was written to").hasSize(5);
        partitionsByKey.forEach((key, partitions) -> assertThat(partitions)
                .as("partitions holding key %d (the default partitioner hashes the key)", key)
                .hasSize(1));
    }
}
