package dev.kafkalabs.lab10;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cluster's own record of who ran what: the status topic ({@code status.storage.topic}). A worker writes
 * a record when a connector or task it runs changes state, keyed {@code status-task-NAME-ID}; a worker that
 * dies writes nothing, so its tasks' last records still say RUNNING until another worker takes them.
 */
public final class StatusTopic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private StatusTopic() {
    }

    /**
     * One status record of a task.
     *
     * @param task        the task's id
     * @param state       RUNNING, UNASSIGNED, FAILED ...
     * @param worker      the id of the worker that wrote it (its REST host and port)
     * @param generation  the group's generation (one more at every rebalance)
     * @param timestamp   when the worker wrote it (epoch milliseconds)
     */
    public record TaskStatus(int task, String state, String worker, int generation, long timestamp) {

        @Override
        public String toString() {
            return String.format("task %d %-10s on %s (generation %d)", task, state, worker, generation);
        }
    }

    /** The status records of {@code connector}'s tasks, in the order they were written. */
    public static List<TaskStatus> taskStatuses(String statusTopic, String connector) {
        String prefix = "status-task-" + connector + "-";
        List<TaskStatus> statuses = new ArrayList<>();
        TopicReader.readToEnd(statusTopic, READ_TIMEOUT, record -> {
            if (record.key() != null && record.key().startsWith(prefix) && record.value() != null) {
                JsonNode status = read(record.value());
                statuses.add(new TaskStatus(Integer.parseInt(record.key().substring(prefix.length())),
                        status.path("state").asText(), status.path("worker_id").asText(),
                        status.path("generation").asInt(), record.timestamp()));
            }
        });
        statuses.sort(Comparator.comparingLong(TaskStatus::timestamp));
        return statuses;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A status record that is not JSON: " + value, e);
        }
    }
}
