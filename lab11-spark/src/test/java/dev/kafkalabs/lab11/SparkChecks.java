package dev.kafkalabs.lab11;

import dev.kafkalabs.support.junit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Readers and writers of text topics for the lab 11 checks. */
final class SparkChecks {

    private SparkChecks() {
    }

    static void sendLines(TestKafka kafka, String topic, List<String> lines) {
        kafka.sendValues(topic, lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList());
    }

    /** Every record of a topic of string keys and values, in offset order per partition. */
    static List<ConsumerRecord<String, String>> records(TestKafka kafka, String topic) {
        return kafka.readToEnd(topic, new StringDeserializer(), new StringDeserializer(), Duration.ofSeconds(30));
    }

    /** The latest value of each key: what a compacted topic of running counts converges to. */
    static Map<String, Long> latestCounts(List<ConsumerRecord<String, String>> records) {
        Map<String, Long> latest = new LinkedHashMap<>();
        records.forEach(record -> latest.put(record.key(), Long.parseLong(record.value())));
        return latest;
    }
}
