package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.solution.ConnectRestClient;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.4")
class RestartIT {

    @TempDir
    Path directory;

    @Test
    void afterARestartTheSourceGoesOnFromItsStoredPosition(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-restart", 1);
        Path file = directory.resolve("test.log");
        Map<String, String> workerSettings = Checks.workerSettings(directory);
        Map<String, String> source = Checks.sourceConfig(file, topic);
        String name = source.get(ConnectorConfig.NAME_CONFIG);

        List<String> expected = new ArrayList<>(Lines.numbered("line before the restart,", 1, 5));
        Lines.append(file, expected);
        try (TestWorker first = TestWorker.start(workerSettings)) {
            first.addConnector(source);
            assertThat(Checks.values(kafka, topic, expected.size())).as("values in %s during the first run", topic)
                    .containsExactlyElementsOf(expected);
        }
        long bytesSent = Files.size(file);

        List<String> appended = Lines.numbered("line appended while no worker ran,", 1, 4);
        Lines.append(file, appended);
        expected.addAll(appended);
        try (TestWorker second = TestWorker.start(workerSettings)) {
            second.addConnector(source);
            ConnectRestApi rest = Variant.current().instantiate(ConnectRestApi.class, ConnectRestClient.class,
                    second.restUrl());
            assertThat(rest.storedPosition(name))
                    .as("position in %s stored by the first run (GET /connectors/%s/offsets)", file, name)
                    .hasValue(bytesSent);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after the restart: every line once, none lost, in file order", topic)
                    .containsExactlyElementsOf(expected);
        }
    }
}
