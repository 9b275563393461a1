package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab03.solution.SimpleProducer;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ExerciseCheck("3.1")
class SimpleProducerIT {

    private static final int COUNT = 30;

    private List<ConsumerRecord<Integer, String>> records;
    private String topic;

    @BeforeEach
    void runTheProducer(TestKafka kafka) throws Exception {
        topic = kafka.createTopic("lab03-simple", 3);
        MainRunner.run(Variant.current().resolve(SimpleProducer.class), "--topic", topic, "--count", String.valueOf(COUNT));
        records = kafka.readAll(topic, new IntegerDeserializer(), new StringDeserializer(), COUNT, Duration.ofSeconds(30));
    }

    @Test
    void everyRecordArrivesWithItsKeyAndValue() {
        Map<String, Integer> expected = IntStream.range(0, COUNT).boxed()
                .collect(Collectors.toMap(i -> "Hello Kafka #" + i, i -> i % 5));

        Map<String, Integer> actual = records.stream()
                .collect(Collectors.toMap(ConsumerRecord::value, ConsumerRecord::key, (first, second) -> first));

        assertThat(records).as("records in %s after sending %d", topic, COUNT).hasSize(COUNT);
        assertThat(actual).as("value -> key of every record in %s", topic).isEqualTo(expected);
    }

    @Test
    void recordsWithTheSameKeyLandInTheSamePartition() {
        Map<Integer, Set<Integer>> partitionsByKey = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));

        assertThat(partitionsByKey).as("partitions each key was written to").hasSize(5);
        partitionsByKey.forEach((key, partitions) -> assertThat(partitions)
                .as("partitions holding key %d (the default partitioner hashes the key)", key)
                .hasSize(1));
    }
}
