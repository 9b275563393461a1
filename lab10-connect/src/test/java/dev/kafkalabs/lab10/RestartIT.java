package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.solution.SourceOffsets;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.4")
class RestartIT {

    private static final String SOURCE = "checks-file-source";

    @TempDir
    Path directory;

    private final SourceOffsetsControl offsets =
            Variant.current().instantiate(SourceOffsetsControl.class, SourceOffsets.class);

    @Test
    void afterAWorkerRestartTheStoredPositionIsWhereTheFirstRunStopped(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-restart", 1);
        Path file = directory.resolve("test.log");
        Map<String, String> workerSettings = Checks.workerSettings(directory);
        // Only the final write at a clean stop may move the stored position while the check reads it.
        workerSettings.put("offset.flush.interval.ms", "600000");
        Map<String, String> source = Checks.sourceConfig(SOURCE, file, topic);

        List<String> expected = new ArrayList<>(Lines.numbered("line before the restart,", 1, 5));
        Lines.append(file, expected);
        try (TestWorker first = TestWorker.start(workerSettings)) {
            first.create(source);
            assertThat(Checks.values(kafka, topic, expected.size())).as("values in %s during the first run", topic)
                    .containsExactlyElementsOf(expected);
        }
        long bytesSent = Files.size(file);

        List<String> appended = Lines.numbered("line appended while no worker ran,", 1, 4);
        Lines.append(file, appended);
        expected.addAll(appended);
        try (TestWorker second = TestWorker.start(workerSettings)) {
            second.create(source);
            assertThat(offsets.storedPosition(second.rest(), SOURCE))
                    .as("your storedPosition(...) on the second worker: the position in %s (in bytes) stored when "
                            + "the first worker stopped", file)
                    .hasValue(bytesSent);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after the restart: every line once, none lost, in file order", topic)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void replayFromStartSendsTheFileOnceMoreThenGoesOnAsBefore(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-replay", 1);
        Path file = directory.resolve("test.log");
        List<String> lines = Lines.numbered("line,", 1, 5);
        Lines.append(file, lines);
        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            worker.create(Checks.sourceConfig(SOURCE, file, topic));
            assertThat(Checks.values(kafka, topic, lines.size())).as("values in %s before the replay", topic)
                    .containsExactlyElementsOf(lines);

            Checks.acceptedByTheWorker(() -> offsets.replayFromStart(worker.rest(), SOURCE), "The worker refused a request of your replayFromStart(...): a connector's offsets can be reset only "
                    + "while the connector is STOPPED (a running task would write its own position over them).");
            worker.awaitState(SOURCE, "RUNNING", "after replayFromStart(...) the connector should run again; a "
                    + "connector stays STOPPED until it is resumed");
            assertThat(worker.connectors())
                    .as("connectors after replayFromStart(...): replay the same connector - a connector under a new "
                            + "name has offsets of its own, and the old one still runs beside it")
                    .containsExactly(SOURCE);
            List<String> expected = new ArrayList<>(lines);
            expected.addAll(lines);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after replayFromStart(...): the file sent once more, from its first line", topic)
                    .containsExactlyElementsOf(expected);

            List<String> appended = Lines.numbered("appended after the replay,", 1, 2);
            Lines.append(file, appended);
            expected.addAll(appended);
            assertThat(Checks.values(kafka, topic, expected.size()))
                    .as("values in %s after appending %d lines once the replay is done: each appended line once",
                            topic, appended.size())
                    .containsExactlyElementsOf(expected);
        }
    }
}
