package dev.kafkalabs.lab10;

import java.util.List;

/**
 * What {@code GET /connectors/<name>/status} says about a connector.
 *
 * @param name        the connector's name
 * @param type        {@code source} or {@code sink}
 * @param state       the connector's state: UNASSIGNED, RUNNING, PAUSED, STOPPED or FAILED
 * @param taskStates  the state of each of its tasks, in task id order
 */
public record ConnectorStatus(String name, String type, String state, List<String> taskStates) {
}
