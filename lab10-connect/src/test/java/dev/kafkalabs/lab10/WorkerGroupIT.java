package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab10.solution.WorkerGroup;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exercise 10.5 on two distributed workers, each in a JVM of its own (as on two machines), with your
 * {@code WorkerGroup} settings: the worker that does not lead the group is killed (SIGKILL) while both run
 * tasks of a four-task source.
 */
@ExerciseCheck("10.5")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerGroupIT {

    private static final int TASKS = 4;
    /** Numbers per second and task: slow enough for a loaded machine, fast enough to count a second's worth. */
    private static final int RATE = 20;
    /** Two JVMs that each start a worker, on a machine that may be running other checks. */
    private static final Duration WORKER_START = Duration.ofSeconds(90);
    /** Enough for a correct answer on a loaded machine; far below a default setting's 5 minutes. */
    private static final Duration TASKS_MOVE = Duration.ofSeconds(45);
    /** The least wait for a dead worker that lets one come back: a worker restarts in seconds, never in less than one. */
    private static final int MIN_DELAY_MS = 1000;
    private static final Duration WAIT = Duration.ofSeconds(45);
    /** Numbers a task may send twice after the crash: 5 s worth, five times a correct answer's flush interval. */
    private static final int DUPLICATES_ALLOWED = 5 * RATE;
    private static final String CONNECTOR = "numbers";
    private static final String CONFIG_TOPIC = "config.storage.topic";
    private static final String OFFSET_TOPIC = "offset.storage.topic";
    private static final String STATUS_TOPIC = "status.storage.topic";
    /** What every worker of one cluster shares, and no other cluster on the same brokers may. */
    private static final List<String> CLUSTER_KEYS = List.of("group.id", CONFIG_TOPIC, OFFSET_TOPIC, STATUS_TOPIC);

    private final WorkerGroupSetup group = Variant.current().instantiate(WorkerGroupSetup.class, WorkerGroup.class);

    @Test
    @Order(1)
    void theWorkersOfAClusterShareItsGroupAndTopicsAndAnotherClusterHasItsOwn() {
        Map<String, String> first = group.settings("orders", "worker-1");
        Map<String, String> second = group.settings("orders", "worker-2");
        Map<String, String> otherCluster = group.settings("payments", "worker-1");
        for (String key : CLUSTER_KEYS) {
            assertThat(second.get(key))
                    .as("%s of worker-2 of the cluster 'orders', beside worker-1's %s: every worker of a cluster has the "
                            + "same group.id (not a group.id per worker) and the same three topics", key, first.get(key))
                    .isNotNull().isEqualTo(first.get(key));
            assertThat(otherCluster.get(key))
                    .as("%s of the cluster 'payments', beside the cluster 'orders' (%s): two Connect clusters on the same "
                            + "brokers must not share their group or their topics", key, first.get(key))
                    .isNotEqualTo(first.get(key));
        }
        List<String> storageTopics = Arrays.asList(first.get(CONFIG_TOPIC), first.get(OFFSET_TOPIC), first.get(STATUS_TOPIC));
        assertThat(new HashSet<>(storageTopics))
                .as("the three storage topics of one cluster: configs, offsets and statuses each need a topic of their "
                        + "own (the config topic is required to have a single partition, the offsets topic has 25)")
                .hasSize(3);
        String flushEvery = first.get("offset.flush.interval.ms");
        if (flushEvery != null) {
            assertThat(flushEvery.matches("\\d+") && Long.parseLong(flushEvery) > 0)
                    .as("offset.flush.interval.ms=%s: how often the worker writes each source task's offsets, a period "
                            + "in milliseconds, which must be positive (with 0 a worker cannot schedule the writes, and "
                            + "every source task fails to start)", flushEvery)
                    .isTrue();
        }
    }

    @Test
    @Order(2)
    void aKilledWorkersTasksRunOnTheOtherAndGoOnFromTheirStoredNumbers(TestKafka kafka) {
        String topic = kafka.createTopic("lab10-numbers", 1);
        String cluster = kafka.uniqueName("lab10-cluster");
        try (WorkerProcesses workers = WorkerProcesses.start(cluster, 2)) {
            try {
                failover(kafka, workers, topic, group.settings(cluster, WorkerProcesses.name(0)));
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

    private static void failover(TestKafka kafka, WorkerProcesses workers, String topic, Map<String, String> settings) {
        workers.awaitReady(WORKER_START);
        List<String> storageTopics = List.of(settings.get(CONFIG_TOPIC), settings.get(OFFSET_TOPIC),
                settings.get(STATUS_TOPIC));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(kafka.admin().listTopics().names().get())
                        .as("the topics on the checks' broker (one broker): a worker creates the cluster's three storage "
                                + "topics %s when it starts, with the replication factor its settings give (-1 in the "
                                + "workbook's file: the brokers' default). A replication factor larger than the brokers "
                                + "can hold makes it retry for a minute, then stop", storageTopics)
                        .containsAll(storageTopics));
        ConnectRest rest = workers.rest(0);
        create(rest, NumberSource.config(CONNECTOR, topic, TASKS, RATE));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).ignoreException(ConnectRestException.class)
                .untilAsserted(() -> assertThat(placement(rest).workers())
                        .as("the workers running the %d tasks of %s, created through worker-1 (%s): a Connect cluster "
                                + "spreads its tasks over all its workers, and knows each one by the REST address it "
                                + "advertises (127.0.0.1 and its port here, where the check and the other worker reach "
                                + "it). With your settings, are both workers in one cluster: the same group.id (not a "
                                + "group.id per worker) and the same three topics?", TASKS, CONNECTOR, placement(rest))
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
        int survivorLinesBeforeTheKill = workers.process(survivor).output().size();
        workers.process(victim).kill();
        long killed = System.nanoTime();
        long killedAt = System.currentTimeMillis();
        await().atMost(TASKS_MOVE).pollInterval(Duration.ofMillis(250)).ignoreException(ConnectRestException.class)
                .untilAsserted(() -> assertThat(placement(survivorRest).allRunningOn(workers.id(survivor), TASKS))
                        .withFailMessage("%s was killed %d s ago, and its tasks %s still do not run on %s: %s. A dead "
                                + "worker is noticed after session.timeout.ms (10 s); its tasks then wait "
                                + "scheduled.rebalance.max.delay.ms for it to come back (5 minutes unless you set it).",
                                WorkerProcesses.name(victim), secondsSince(killed), moving,
                                WorkerProcesses.name(survivor), placement(survivorRest))
                        .isTrue());
        List<String> survivorLines = workers.process(survivor).output();
        List<Integer> delays = WorkerLog.rebalanceDelays(survivorLines.subList(survivorLinesBeforeTheKill,
                survivorLines.size()));
        System.out.printf("The tasks %s of %s ran on %s (the group's leader) %d s after the kill; the rebalance delays "
                + "it was given since the kill: %s ms.%n", moving, WorkerProcesses.name(victim),
                WorkerProcesses.name(survivor), secondsSince(killed), delays);

        List<StatusTopic.TaskStatus> restartedOnTheSurvivor = StatusTopic.taskStatuses(settings.get(STATUS_TOPIC), CONNECTOR).stream()
                .filter(status -> !moving.contains(status.task()) && status.timestamp() >= killedAt).toList();
        assertThat(restartedOnTheSurvivor)
                .as("status records, written after the kill, of the tasks that ran on %s all along: a rebalance that "
                        + "stops every task at every rebalance (connect.protocol=eager, as before KIP-415) restarts "
                        + "them too; the incremental cooperative protocol moves only the dead worker's tasks",
                        WorkerProcesses.name(survivor))
                .isEmpty();
        // After the eager protocol's check: that protocol has no delay at all, and its message says why.
        assertThat(delays.stream().mapToInt(Integer::intValue).max().orElse(0))
                .as("the longest wait, in ms, for %s to come back that %s was given after the kill: the rebalance "
                        + "delays of its assignments since then were %s (its log: \"with rebalance delay: N\"). "
                        + "scheduled.rebalance.max.delay.ms is in milliseconds: a worker that restarts takes seconds to "
                        + "come back, so a delay under a second is no delay (\"5\" is 5 ms; 5 s is \"5000\")",
                        WorkerProcesses.name(victim), WorkerProcesses.name(survivor), delays)
                .isGreaterThanOrEqualTo(MIN_DELAY_MS);

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
        } catch (IllegalStateException | ConnectRestException noAnswer) {
            throw new AssertionError("worker-1 did not take the connector: " + noAnswer.getMessage() + ". A worker "
                    + "takes connectors once it has joined its cluster and agrees with the group's leader on the "
                    + "configs, and it forwards them to the leader: a Connect cluster knows each one by the REST "
                    + "address it advertises, which every other worker must be able to reach.", noAnswer);
        }
    }

    private static TaskPlacement placement(ConnectRest rest) {
        return TaskPlacement.from(rest.get("/connectors/" + CONNECTOR + "/status"));
    }

    private static long secondsSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toSeconds();
    }
}
