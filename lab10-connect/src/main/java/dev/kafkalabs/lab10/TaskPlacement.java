package dev.kafkalabs.lab10;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;

/**
 * Where {@code GET /connectors/<name>/status} says each task of a connector runs: the worker's id (its REST
 * address, {@code 127.0.0.1:8083}) and the task's state.
 *
 * @param workerOf  task id to the id of the worker that runs it
 * @param stateOf   task id to its state (RUNNING, UNASSIGNED, ...)
 */
public record TaskPlacement(Map<Integer, String> workerOf, Map<Integer, String> stateOf) {

    /** Reads the answer of {@code GET /connectors/<name>/status}. */
    public static TaskPlacement from(JsonNode status) {
        Map<Integer, String> workers = new TreeMap<>();
        Map<Integer, String> states = new TreeMap<>();
        status.path("tasks").forEach(task -> {
            workers.put(task.path("id").asInt(), task.path("worker_id").asText());
            states.put(task.path("id").asInt(), task.path("state").asText());
        });
        return new TaskPlacement(workers, states);
    }

    /** The workers that run at least one task. */
    public Set<String> workers() {
        return new TreeSet<>(workerOf.values());
    }

    /** The tasks worker {@code workerId} runs. */
    public Set<Integer> tasksOf(String workerId) {
        Set<Integer> tasks = new TreeSet<>();
        workerOf.forEach((task, worker) -> {
            if (worker.equals(workerId)) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    /** True when there are {@code tasks} tasks, all RUNNING on {@code workerId}. */
    public boolean allRunningOn(String workerId, int tasks) {
        return tasksOf(workerId).size() == tasks && allRunning(tasks);
    }

    /** True when there are {@code tasks} tasks and all of them are RUNNING, wherever. */
    public boolean allRunning(int tasks) {
        return workerOf.size() == tasks && stateOf.values().stream().allMatch("RUNNING"::equals);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        workerOf.forEach((task, worker) -> text.append(text.isEmpty() ? "" : ", ")
                .append("task ").append(task).append(' ').append(stateOf.get(task)).append(" on ").append(worker));
        return text.isEmpty() ? "no tasks" : text.toString();
    }
}
