package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.NumberSource;
import dev.kafkalabs.lab10.NumbersTopic;
import dev.kafkalabs.lab10.TaskNumbers;
import dev.kafkalabs.lab10.TaskPlacement;
import dev.kafkalabs.lab10.WorkerProcesses;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exercise 10.5 on two distributed workers, each in a JVM of its own (as on two machines), with your
 * {@code WorkerGroup} settings: the worker that does not lead the group is killed (SIGKILL) while both run
 * tasks of a four-task source.
 */
@ExerciseCheck("10.5")
class WorkerGroupIT {

    private static final int TASKS = 4;
    /** Numbers per second and task: slow enough for a loaded machine, fast enough to count a second's worth. */
    private static final int RATE = 20;
    /** Two JVMs that each start a worker, on a machine that may be running other checks. */
    private static final Duration WORKER_START = Duration.ofSeconds(90);
    /** Enough for a correct answer on a loaded machine; far below a default setting's 5 minutes. */
    private static final Duration TASKS_MOVE = Duration.ofSeconds(45);
    private static final Duration WAIT = Duration.ofSeconds(45);
    /** Numbers a task may send twice after the crash: 5 s worth, five times a correct answer's flush interval. */
    private static final int DUPLICATES_ALLOWED = 5 * RATE;
    private static final String CONNECTOR = "numbers";

    @Test
    void aKilledWorkersTasksRunOnTheOtherAndGoOnFromTheirStoredNumbers(TestKafka kafka) {
        String topic = kafka.createTopic("lab10-numbers", 1);
        try (WorkerProcesses workers = WorkerProcesses.start(kafka.uniqueName("lab10-cluster"), 2)) {
            try {
                failover(workers, topic);
            } catch (AssertionError | RuntimeException failure) {
                String errors = workers.errorReport();
                if (errors.isEmpty()) {
                    throw failure;
                }
                throw new AssertionError(failure.getMessage() + "\nThe workers logged errors (Connect's own words):"
                        + errors, failure);
            }
        }
    }

    private static void failover(WorkerProcesses workers, String topic) {
        workers.awaitReady(WORKER_START);
        ConnectRest rest = workers.rest(0);
        create(rest, NumberSource.config(CONNECTOR, topic, TASKS, RATE));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).ignoreException(ConnectRestException.class)
                .untilAsserted(() -> assertThat(placement(rest).workers())
                        .as("the workers running the %d tasks of %s, created through worker-1 (%s): a Connect cluster "
                                + "spreads its tasks over all its workers. With your settings, are both workers in "
                                + "one cluster: the same group.id (not a group.id per worker) and the same three "
                                + "topics?", TASKS, CONNECTOR, placement(rest))
                        .containsExactlyInAnyOrder(workers.id(0), workers.id(1))
                        .satisfies(both -> assertThat(placement(rest).allRunning(TASKS))
                                .as("all %d tasks RUNNING: %s", TASKS, placement(rest)).isTrue()));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(NumbersTopic.tally(topic)).as("numbers of each task in %s", topic)
                        .hasSize(TASKS).allSatisfy((task, numbers) -> assertThat(numbers.distinct())
                                .as("%s: %s", task, numbers).isGreaterThanOrEqualTo(3 * RATE)));
        NumbersTopic.tally(topic).forEach((task, numbers) -> assertThat(numbers.duplicated())
                .as("%s before any worker died: %s. Two workers ran the same task at once: they formed two Connect "
                        + "clusters over the same topics (a group.id per worker?)", task, numbers)
                .isZero());

        // The follower, not the leader: the leader alone remembers who ran what. A new leader sees the dead
        // leader's tasks as unassigned and hands them out at once, whatever the delay says.
        int leader = await("the workers to log which of them leads the group").atMost(WAIT)
                .until(workers::leader, found -> found.isPresent()).get();
        int survivor = leader;
        int victim = 1 - leader;
        Set<Integer> moving = placement(rest).tasksOf(workers.id(victim));
        ConnectRest survivorRest = workers.rest(survivor);
        workers.process(victim).kill();
        long killed = System.nanoTime();
        await().atMost(TASKS_MOVE).pollInterval(Duration.ofMillis(250)).ignoreException(ConnectRestException.class)
                .untilAsserted(() -> assertThat(placement(survivorRest).allRunningOn(workers.id(survivor), TASKS))
                        .withFailMessage("%s was killed %d s ago, and its tasks %s still do not run on %s: %s. A dead "
                                + "worker is noticed after session.timeout.ms (10 s); its tasks then wait "
                                + "scheduled.rebalance.max.delay.ms for it to come back (5 minutes unless you set it).",
                                WorkerProcesses.name(victim), secondsSince(killed), moving,
                                WorkerProcesses.name(survivor), placement(survivorRest))
                        .isTrue());
        System.out.printf("The tasks %s of %s ran on %s (the group's leader) %d s after the kill.%n", moving,
                WorkerProcesses.name(victim), WorkerProcesses.name(survivor), secondsSince(killed));

        Map<String, TaskNumbers> beforeGoingOn = NumbersTopic.tally(topic);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(NumbersTopic.tally(topic)).allSatisfy((task, numbers) -> assertThat(numbers.highest())
                        .as("%s after the move: %s", task, numbers)
                        .isGreaterThan(beforeGoingOn.get(task).highest() + RATE)));
        Map<String, TaskNumbers> tally = NumbersTopic.tally(topic);
        tally.forEach((task, numbers) -> assertThat(numbers.lost())
                .as("%s: %s. A number below the highest is missing: lost", task, numbers).isZero());
        for (int task : moving) {
            TaskNumbers numbers = tally.get(NumberSource.key(task));
            assertThat(numbers.restartedAt())
                    .as("%s ran on %s for seconds before the kill, so offsets of it were stored, and on %s it "
                            + "started again from the last of them, not from 0: %s. Source offsets are written "
                            + "every offset.flush.interval.ms (60 s unless you set it)", NumberSource.key(task),
                            WorkerProcesses.name(victim), WorkerProcesses.name(survivor), numbers)
                    .hasSizeLessThanOrEqualTo(1).allSatisfy(number -> assertThat(number).isPositive());
            assertThat(numbers.duplicated())
                    .as("numbers of %s sent twice after the crash: %s. Those sent since the last stored offset are "
                            + "sent again; offset.flush.interval.ms says how often offsets are stored",
                            NumberSource.key(task), numbers)
                    .isLessThanOrEqualTo(DUPLICATES_ALLOWED);
        }
    }

    /**
     * Creates the connector through {@code rest}; a worker that is still joining its group answers 409 ("the
     * cluster is rebalancing") for a moment, so the check asks again until it is accepted.
     */
    private static void create(ConnectRest rest, Map<String, String> config) {
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(e -> e instanceof ConnectRestException refused && refused.status() == 409)
                    .until(() -> rest.post("/connectors", Map.of("name", config.get("name"), "config", config)) != null);
        } catch (IllegalStateException noAnswer) {
            throw new AssertionError("worker-1 did not take the connector: " + noAnswer.getMessage() + ". A worker "
                    + "takes connectors once it has joined its cluster and agrees with the group's leader on the "
                    + "configs: with your settings, do both workers name the same three topics?", noAnswer);
        }
    }

    private static TaskPlacement placement(ConnectRest rest) {
        return TaskPlacement.from(rest.get("/connectors/" + CONNECTOR + "/status"));
    }

    private static long secondsSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toSeconds();
    }
}
