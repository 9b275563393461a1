package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.solution.SourceOffsets;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.junit.BlockingCall;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.4")
// In the order a student meets them; the connector that does not stop last, since that check lasts as long as the
// replay's wait (30 s with the solution's): a wrong answer an earlier check rejects need not wait for it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    private static final String SOURCE = "checks-file-source";
    private static final String REPLAY_REFUSED = "The worker refused a request of your replayFromStart(...) (its "
            + "answer below). A connector's offsets can be reset only while the connector is STOPPED (a running task "
            + "would write its own position over them); and each request has its method and path in README 10.4's "
            + "table (405: not that path's method, 404: no such path or connector).";
    /** Long next to the milliseconds between the worker's answer to PUT .../stop and a next request. */
    private static final Duration CONNECTOR_STOP = Duration.ofMillis(1500);

    /** Longer than the check looks: a connector whose stop does not end while the check runs (it ends it itself). */
    private static final Duration STOP_THAT_DOES_NOT_END = Duration.ofMinutes(10);
    /**
     * How long the check lets your replay wait for a connector that does not stop. A stop takes seconds, so a wait
     * of tens of seconds (30 s in the solution, even 60 s) is enough; a caller kept minutes is not.
     */
    private static final Duration GIVE_UP_BOUND = Duration.ofSeconds(90);
    /** A duration in a message: a number and its unit, or an ISO-8601 one such as {@code PT30S}. */
    private static final Pattern STATED_DURATION = Pattern.compile(
            "(?i)\\bPT(\\d+(?:\\.\\d+)?)S\\b|\\b(\\d+(?:\\.\\d+)?) ?(ms|millis|milliseconds?|s|secs?|seconds?|min|mins|minutes?)\\b");

    @TempDir
    Path directory;

    private final SourceOffsetsControl offsets =
            Variant.current().instantiate(SourceOffsetsControl.class, SourceOffsets.class);

    @Test
    @Order(1)
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
    @Order(2)
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
    @Order(3)
    void replayFromStartResetsTheOffsetsOnlyOnceTheConnectorIsStopped(TestKafka kafka) throws Exception {
        String slow = kafka.uniqueName("checks-slow-source");
        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            // The connector takes a while to stop: the worker answers PUT .../stop and still reports it RUNNING.
            startSlowSource(worker, slow, CONNECTOR_STOP);

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

    @Test
    @Order(4)
    void replayFromStartGivesUpOnAConnectorThatDoesNotStopAndSaysHowLongItWaited(TestKafka kafka) throws Exception {
        String stuck = kafka.uniqueName("checks-stuck-source");
        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            // The worker answers PUT .../stop at once, and reports the connector RUNNING for as long as its stop lasts.
            startSlowSource(worker, stuck, STOP_THAT_DOES_NOT_END);
            long started = System.nanoTime();
            BlockingCall<Void> replay = BlockingCall.start("replayFromStart of a connector that does not stop", () -> {
                offsets.replayFromStart(worker.rest(), stuck);
                return null;
            });
            try {
                Optional<Throwable> threw = outcome(replay, stuck);
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                Todo.rethrowIfFound(threw.orElse(null));
                assertThat(SlowSource.events(stuck))
                        .as("what %s went through. Your replayFromStart(...) reset its offsets although it never "
                                + "stopped: the wait for STOPPED ended without it, and the reset went ahead. When the "
                                + "wait ends and the connector is not STOPPED, give up: throw, and say so", stuck)
                        .doesNotContain(SlowSource.OFFSETS_RESET);
                Throwable gaveUp = threw.orElseThrow(() -> new AssertionError(String.format("Your replayFromStart(...) "
                        + "returned although %s never stopped (what it went through: %s). When the wait for STOPPED "
                        + "ends without it, the replay cannot be done: throw, and say that the connector did not stop",
                        stuck, SlowSource.events(stuck))));
                if (gaveUp instanceof ConnectRestException refused) {
                    throw new AssertionError("Your replayFromStart(...) went on after its wait for STOPPED had ended "
                            + "without it, and the worker refused: " + refused.getMessage() + ". When the wait ends and "
                            + stuck + " is not STOPPED, give up yourself: throw, and say so", refused);
                }
                assertStatesTheWaitTruly(gaveUp.getMessage(), waited);
            } finally {
                replay.interrupt();
                SlowSource.release(stuck);
            }
        }
    }

    /** A {@link SlowSource} named {@code name} on {@code worker} whose first stop takes {@code stop}, its task running. */
    private static void startSlowSource(TestWorker worker, String name, Duration stop) {
        worker.create(SlowSource.config(name, Duration.ZERO, stop));
        worker.awaitTaskStates(name, List.of("RUNNING"), "a source connector's task runs once started");
    }

    /**
     * What your replay threw when it gave up on {@code connector} (empty when it returned); fails when it still waits
     * after {@link #GIVE_UP_BOUND}.
     */
    private static Optional<Throwable> outcome(BlockingCall<Void> replay, String connector) {
        if (!Waiting.until(GIVE_UP_BOUND, () -> !replay.isRunning())) {
            throw new AssertionError(String.format("Your replayFromStart(...) was still waiting for %s to stop %d s "
                    + "after it began (what the connector went through: %s). A stop takes seconds; a connector that "
                    + "has not stopped after tens of seconds will not, and the caller should hear so: wait tens of "
                    + "seconds (30 s), not minutes, and check the unit (Duration.ofMinutes(30) is half an hour)",
                    connector, GIVE_UP_BOUND.toSeconds(), SlowSource.events(connector)));
        }
        return Optional.ofNullable(replay.thrown());
    }

    /** Every duration the message states must be the time the replay waited (a message that states none is fine). */
    private static void assertStatesTheWaitTruly(String message, Duration waited) {
        Matcher stated = STATED_DURATION.matcher(message == null ? "" : message);
        while (stated.find()) {
            double seconds = stated.group(1) != null ? Double.parseDouble(stated.group(1))
                    : Double.parseDouble(stated.group(2)) * secondsPer(stated.group(3).toLowerCase(Locale.ROOT));
            assertThat(seconds)
                    .withFailMessage("Your replayFromStart(...) gave up after %d s, and its message says \"%s\": "
                            + "\"%s\" is %s s, not the time it waited. Check the unit: Duration.toMillis() counts "
                            + "milliseconds, toSeconds() seconds", waited.toSeconds(), message, stated.group(),
                            BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString())
                    .isBetween(waited.toMillis() / 3000.0, waited.toMillis() * 3 / 1000.0);
        }
    }

    private static double secondsPer(String unit) {
        if (unit.startsWith("m") && !unit.startsWith("min")) {
            return 0.001;
        }
        return unit.startsWith("min") ? 60 : 1;
    }
}
