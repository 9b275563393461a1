package dev.kafkalabs.lab10;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The cluster's own record of who ran what: the status topic ({@code status.storage.topic}). Each worker
 * writes a record when a connector or task it runs changes state, keyed {@code status-task-NAME-ID}; a
 * worker that dies writes nothing, so its tasks' last records still say RUNNING until another takes them.
 */
public final class StatusTopic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private StatusTopic() {
    }

    /** The status records of {@code connector}'s tasks, in the order they were written: one line each. */
    public static List<String> taskHistory(String statusTopic, String connector) {
        String prefix = "status-task-" + connector + "-";
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Topics.readUpTo(Topics.endOffsets(statusTopic), KafkaBootstrap.clientProperties(), new StringDeserializer(),
                new StringDeserializer(), READ_TIMEOUT, record -> {
                    if (record.key() != null && record.key().startsWith(prefix) && record.value() != null) {
                        records.add(record);
                    }
                });
        return records.stream().sorted(Comparator.comparingLong(ConsumerRecord::timestamp))
                .map(record -> line(record.key().substring(prefix.length()), read(record.value()))).toList();
    }

    private static String line(String task, JsonNode status) {
        return String.format("task %s %-10s on %s (generation %s)", task, status.path("state").asText(),
                status.path("worker_id").asText(), status.path("generation").asText());
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A status record that is not JSON: " + value, e);
        }
    }
}
