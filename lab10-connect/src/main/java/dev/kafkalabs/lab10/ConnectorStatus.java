package dev.kafkalabs.lab10;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code GET /connectors/<name>/status} says about a connector.
 *
 * @param name        the connector's name
 * @param type        {@code source} or {@code sink}
 * @param state       the connector's state: UNASSIGNED, RUNNING, PAUSED, STOPPED, RESTARTING or FAILED
 * @param taskStates  the state of each of its tasks, in task id order (none while it is STOPPED)
 */
public record ConnectorStatus(String name, String type, String state, List<String> taskStates) {

    /** Reads the answer of {@code GET /connectors/<name>/status}. */
    public static ConnectorStatus from(JsonNode status) {
        List<String> taskStates = new ArrayList<>();
        status.path("tasks").forEach(task -> taskStates.add(task.path("state").asText()));
        return new ConnectorStatus(status.path("name").asText(), status.path("type").asText(),
                status.path("connector").path("state").asText(), taskStates);
    }

    /** True when the connector and every one of its tasks are in {@code expected}. */
    public boolean isSettledIn(String expected) {
        return state.equals(expected) && taskStates.stream().allMatch(expected::equals);
    }
}
