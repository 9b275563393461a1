package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.solution.ConnectRestClient;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.3")
class RestApiIT {

    @TempDir
    Path directory;

    @Test
    void statusGoesFromRunningToPausedAndBackToRunning(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-rest", 1);
        Path file = directory.resolve("test.log");
        Lines.append(file, Lines.numbered("line", 1, 3));
        Map<String, String> source = Checks.sourceConfig(file, topic);
        String name = source.get(ConnectorConfig.NAME_CONFIG);

        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            worker.addConnector(source);
            ConnectRestApi rest = Variant.current().instantiate(ConnectRestApi.class, ConnectRestClient.class,
                    worker.restUrl());

            assertThat(rest.connectors()).as("GET /connectors on %s", worker.restUrl()).containsExactly(name);
            ConnectorStatus status = rest.status(name);
            assertThat(status.name()).as("name in GET /connectors/%s/status", name).isEqualTo(name);
            assertThat(status.type()).as("type in GET /connectors/%s/status", name).isEqualTo("source");
            awaitState(rest, worker, name, "RUNNING");

            rest.pause(name);
            awaitState(rest, worker, name, "PAUSED");

            rest.resume(name);
            awaitState(rest, worker, name, "RUNNING");
        }
    }

    /** The client reports {@code state} for the connector and its task, and so does the worker itself. */
    private static void awaitState(ConnectRestApi rest, TestWorker worker, String name, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ConnectorStatus status = rest.status(name);
            assertThat(status.state()).as("connector state reported by the client").isEqualTo(state);
            assertThat(status.taskStates()).as("task states reported by the client").containsExactly(state);
            assertThat(worker.status(name).connector().state()).as("connector state inside the worker")
                    .isEqualTo(state);
        });
    }
}
