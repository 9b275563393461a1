package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A standalone worker the checks start themselves, and the REST calls they make on it with the correct
 * answers, independent of the exercise code: the setting in which each exercise's code is checked.
 */
final class TestWorker implements AutoCloseable {

    static final Duration STATE_WAIT = Duration.ofSeconds(30);

    private final StandaloneWorker worker;
    private final ConnectRest rest;

    private TestWorker(StandaloneWorker worker) {
        this.worker = worker;
        this.rest = worker.rest();
    }

    static TestWorker start(Map<String, String> workerSettings) {
        return new TestWorker(StandaloneWorker.start(workerSettings));
    }

    ConnectRest rest() {
        return rest;
    }

    void create(Map<String, String> config) {
        rest.post("/connectors", Map.of("name", config.get("name"), "config", config));
    }

    List<String> connectors() {
        List<String> names = new ArrayList<>();
        rest.get("/connectors").forEach(name -> names.add(name.asText()));
        return names;
    }

    ConnectorStatus status(String connector) {
        return ConnectorStatus.from(rest.get("/connectors/" + connector + "/status"));
    }

    JsonNode tasks(String connector) {
        return rest.get("/connectors/" + connector + "/tasks");
    }

    /** {@code POST .../restart?includeTasks=true}: the connector and its tasks, RESTARTING until they run again. */
    void restart(String connector) {
        rest.post("/connectors/" + connector + "/restart?includeTasks=true");
    }

    /** Waits until the worker lists exactly {@code states} for the connector's tasks; {@code why} says what for. */
    void awaitTaskStates(String connector, List<String> states, String why) {
        await().atMost(STATE_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(status(connector).taskStates()).as("task states of %s: %s", connector, why)
                        .containsExactlyElementsOf(states));
    }

    /** Waits until the worker reports {@code state} for the connector and all its tasks; {@code why} explains a timeout. */
    void awaitState(String connector, String state, String why, Object... whyArguments) {
        await().atMost(STATE_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(status(connector).isSettledIn(state))
                        .withFailMessage(() -> "The worker reports " + status(connector) + ", not " + state
                                + " everywhere: " + String.format(why, whyArguments))
                        .isTrue());
    }

    @Override
    public void close() {
        worker.close();
    }
}
