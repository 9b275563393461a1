package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.solution.ConnectorControl;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ExerciseCheck("10.3")
class RestApiIT {

    private static final String SOURCE = "checks-file-source";
    /** Long next to the milliseconds the worker takes to run a restarted connector again. */
    private static final Duration TASK_START = Duration.ofSeconds(2);
    /**
     * Half the solution's pause between two status reads: a loop without one asks again as soon as the
     * answer comes, a few milliseconds later even on a busy machine.
     */
    private static final Duration MIN_GAP = Duration.ofMillis(100);
    /**
     * The timeout of an awaitState for a state that never comes. Half of it is the bound: a deadline in the wrong
     * unit (milliseconds added to nanoTime) ends the wait after one read, a few milliseconds.
     */
    private static final Duration NEVER_REACHED = Duration.ofSeconds(2);

    @TempDir
    Path directory;

    private final ConnectorLifecycle control =
            Variant.current().instantiate(ConnectorLifecycle.class, ConnectorControl.class);

    @Test
    void statusPauseAndResumeAreWhatTheWorkerReports(TestKafka kafka) {
        try (TestWorker worker = workerWithSource(kafka)) {
            worker.awaitState(SOURCE, "RUNNING", "a file source runs once created");
            assertThat(control.status(worker.rest(), SOURCE))
                    .as("your status(...) of a running file source, next to GET /connectors/%s/status", SOURCE)
                    .isEqualTo(worker.status(SOURCE))
                    .isEqualTo(new ConnectorStatus(SOURCE, "source", "RUNNING", List.of("RUNNING")));

            control.pause(worker.rest(), SOURCE);
            worker.awaitState(SOURCE, "PAUSED", "your pause(...) should pause the connector and its task");

            control.resume(worker.rest(), SOURCE);
            worker.awaitState(SOURCE, "RUNNING", "your resume(...) should make the connector and its task run again");
        }
    }

    @Test
    void awaitStateReturnsOnlyOnceTheStateIsReached(TestKafka kafka) throws Exception {
        String slow = kafka.uniqueName("checks-slow-source");
        Map<String, String> settings = new HashMap<>(Checks.workerSettings(directory));
        settings.putAll(StatusReads.workerSetting());
        try (TestWorker worker = TestWorker.start(settings)) {
            // Its task takes a while to start: after a restart the connector runs well before its task does.
            worker.create(SlowSource.config(slow, TASK_START, Duration.ZERO));
            worker.awaitTaskStates(slow, List.of("RUNNING"), "a source connector's task runs once started");

            // A state nobody asked for is never reached: awaitState must read on until its timeout has passed.
            long askedAt = System.nanoTime();
            ConnectorStatus unpaused = control.awaitState(worker.rest(), slow, "PAUSED", NEVER_REACHED);
            Duration waited = Duration.ofNanos(System.nanoTime() - askedAt);
            assertThat(waited)
                    .as("how long awaitState(..., \"PAUSED\", %d s) waited for a connector nobody paused (it returned "
                            + "%s): it reads the status again until the state is reached or its timeout has passed. "
                            + "Is the deadline in the unit of the clock it is compared with? System.nanoTime() counts "
                            + "nanoseconds (timeout.toNanos())", NEVER_REACHED.toSeconds(), unpaused)
                    .isGreaterThanOrEqualTo(NEVER_REACHED.dividedBy(2));

            worker.restart(slow);
            long from = System.nanoTime();
            ConnectorStatus seen = control.awaitState(worker.rest(), slow, "RUNNING", Duration.ofSeconds(30));
            long to = System.nanoTime();
            assertThat(seen.isSettledIn("RUNNING"))
                    .withFailMessage("awaitState(..., \"RUNNING\") returned %s. Pause, resume and restart are only "
                            + "requests (202 Accepted): the state changes later, and a connector's tasks reach it "
                            + "after the connector (here the task takes %d s to start again). Read the status until "
                            + "it says RUNNING for the connector and every one of its tasks.",
                            seen, TASK_START.toSeconds())
                    .isTrue();
            List<Long> reads = StatusReads.of(slow).stream().filter(at -> at >= from && at <= to).toList();
            assertThat(medianGap(reads))
                    .as("the median time between two of awaitState's status reads (%d reads in %d ms): the loop asks "
                            + "the worker again at once - pause between two reads (Thread.sleep takes milliseconds)",
                            reads.size(), Duration.ofNanos(to - from).toMillis())
                    .isGreaterThanOrEqualTo(MIN_GAP);
        }
    }

    /** The median time between consecutive reads; {@link #MIN_GAP} when there are fewer than two. */
    private static Duration medianGap(List<Long> reads) {
        if (reads.size() < 2) {
            return MIN_GAP;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < reads.size(); i++) {
            gaps.add(reads.get(i) - reads.get(i - 1));
        }
        Collections.sort(gaps);
        return Duration.ofNanos(gaps.get(gaps.size() / 2));
    }

    @Test
    void restartRunsAFailedTaskAgain(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("lab10-restart-task", 1);
        Path missingDirectory = directory.resolve("created-later");
        String sink = "checks-file-sink";
        try (TestWorker worker = TestWorker.start(Checks.workerSettings(directory))) {
            worker.create(Checks.sinkConfig(sink, missingDirectory.resolve("out.log"), topic));
            await().atMost(TestWorker.STATE_WAIT).untilAsserted(() -> assertThat(worker.status(sink).taskStates())
                    .as("task of a file sink whose directory does not exist").containsExactly("FAILED"));
            Files.createDirectories(missingDirectory);

            control.restart(worker.rest(), sink);
            await().atMost(TestWorker.STATE_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(worker.status(sink).taskStates())
                            .as("task states of %s after your restart(...), once its directory exists: the task is "
                                    + "still FAILED - a restart without includeTasks=true restarts only the "
                                    + "connector object, not its tasks", sink)
                            .containsExactly("RUNNING"));
        }
    }

    private TestWorker workerWithSource(TestKafka kafka) {
        String topic = kafka.createTopic("lab10-rest", 1);
        Path file = directory.resolve("test.log");
        Lines.append(file, Lines.numbered("line", 1, 3));
        TestWorker worker = TestWorker.start(Checks.workerSettings(directory));
        worker.create(Checks.sourceConfig(SOURCE, file, topic));
        return worker;
    }
}
