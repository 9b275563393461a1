package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.solution.SourceOffsets;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.4")
class RestartIT {

    private static final String SOURCE = "checks-file-source";
    private static final String REPLAY_REFUSED = "The worker refused a request of your replayFromStart(...): a "
            + "connector's offsets can be reset only while the connector is STOPPED (a running task would write its "
            + "own position over them).";
    /** Long next to the milliseconds between the worker's answer to PUT .../stop and a next request. */
    private static final Duration CONNECTOR_STOP = Duration.ofMillis(1500);

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
            OptionalLong stored = offsets.storedPosition(second.rest(), SOURCE);
            assertThat(stored)
                    .as("your storedPosition(...) on the second worker: the position in %s (in bytes) stored when "
                            + "the first worker stopped%s", file, stored.isPresent() ? "" : ". GET .../offsets answers "
                            + "{\"offsets\": [{\"partition\": {...}, \"offset\": {\"position\": N}}]}: the position is "
                            + "inside each entry's \"offset\" (a path that is not there reads as missing, silently)")
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

            Checks.acceptedByTheWorker(() -> offsets.replayFromStart(worker.rest(), SOURCE), REPLAY_REFUSED);
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

    @Test
    void replayFromStartResetsTheOffsetsOnlyOnceTheConnectorIsStopped(TestKafka kafka) throws Exception {
        String slow = kafka.uniqueName("checks-slow-source");
        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            // The connector takes a while to stop: the worker answers PUT .../stop and still reports it RUNNING.
            worker.create(SlowSource.config(slow, Duration.ZERO, CONNECTOR_STOP));
            worker.awaitTaskStates(slow, List.of("RUNNING"), "a source connector's task runs once started");

            try {
                Checks.acceptedByTheWorker(() -> offsets.replayFromStart(worker.rest(), slow), REPLAY_REFUSED);
            } catch (RuntimeException gaveUp) {
                Todo.rethrowIfFound(gaveUp);
                throw new AssertionError(String.format("Your replayFromStart(...) threw before %s had stopped (what "
                        + "the connector went through: %s): %s. This connector takes %d ms to stop, so the wait for "
                        + "STOPPED was shorter than the stop takes. A stop can take seconds on a busy worker: wait long "
                        + "enough, and check the unit (Duration.ofMillis(30) is 30 ms, not 30 s).", slow,
                        SlowSource.events(slow), gaveUp, CONNECTOR_STOP.toMillis()), gaveUp);
            }
            List<String> events = SlowSource.events(slow);
            assertThat(events)
                    .withFailMessage("Your replayFromStart(...) reset the offsets of %s before the connector was "
                            + "STOPPED (what the connector went through: %s). PUT /connectors/{name}/stop is only a "
                            + "request (202 Accepted): this connector takes %d ms to stop, and GET .../status says "
                            + "RUNNING until then. Wait with your 10.3 awaitState until it is STOPPED, then reset: "
                            + "offsets may change only on a STOPPED connector.",
                            slow, events, CONNECTOR_STOP.toMillis())
                    .containsSubsequence(SlowSource.STOPPED, SlowSource.OFFSETS_RESET);
        }
    }
}
