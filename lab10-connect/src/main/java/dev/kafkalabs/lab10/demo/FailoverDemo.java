package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectRest;
import dev.kafkalabs.lab10.ConnectRestException;
import dev.kafkalabs.lab10.NumberSource;
import dev.kafkalabs.lab10.NumbersTopic;
import dev.kafkalabs.lab10.StatusTopic;
import dev.kafkalabs.lab10.TaskPlacement;
import dev.kafkalabs.lab10.WorkerGroupSetup;
import dev.kafkalabs.lab10.WorkerProcesses;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Exercise 10.5's program: two distributed workers, each in a JVM of its own, with your {@link
 * WorkerGroupSetup} settings, share the tasks of a source that counts; one of them is killed (SIGKILL), and
 * the program shows its tasks moving to the other, the status topic's record of it, and what the topic
 * holds: every number, some of them twice. {@code --kill leader} kills the group's leader instead of the
 * other worker: its tasks move without waiting for it (README 10.5 says why).
 */
public final class FailoverDemo {

    static final String USAGE = "FailoverDemo [--tasks N] [--rate NUMBERS_PER_SECOND] [--kill follower|leader]";
    private static final Duration WORKER_START = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String CONNECTOR = "numbers";

    private FailoverDemo() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("tasks", "rate", "kill"), List.of());
        int tasks = (int) args.positive("tasks", 4, 2);
        int rate = (int) args.positive("rate", 20, 1);
        boolean killLeader = switch (args.value("kill", "follower")) {
            case "follower" -> false;
            case "leader" -> true;
            default -> throw new UsageException("--kill takes follower or leader, not " + args.value("kill", "")
                    + ".\nUsage: " + USAGE);
        };
        String cluster = Topics.uniqueName("lab10-demo");
        String topic = cluster + "-numbers";
        WorkerGroupSetup group = ExerciseCode.workerGroup();
        String statusTopic = group.settings(cluster, WorkerProcesses.name(0)).get("status.storage.topic");
        // One partition, so the numbers are read back in the order they were stored; as many replicas as the
        // brokers' default (three on ./labs cluster).
        Topics.ensureExist(new NewTopic(topic, Optional.of(1), Optional.empty()));

        System.out.printf("Starting two distributed workers of the Connect cluster '%s' (broker %s), each in a JVM "
                + "of its own ...%n", cluster, KafkaBootstrap.servers());
        long starting = System.nanoTime();
        try (WorkerProcesses workers = WorkerProcesses.start(cluster, 2)) {
            workers.awaitReady(WORKER_START).forEach(line -> System.out.println("  " + line));
            System.out.printf("  both answer after %.1f s%n", seconds(starting));

            ConnectRest rest = workers.rest(0);
            createWhenAccepted(rest, NumberSource.config(CONNECTOR, topic, tasks, rate));
            System.out.printf("%nCreated '%s' (%d tasks, each counting %d numbers a second into '%s') through "
                    + "worker-1's REST API.%n", CONNECTOR, tasks, rate, topic);
            TaskPlacement spread = awaitPlacement(rest, placement -> placement.workers().size() == 2
                    && placement.allRunning(tasks), "both workers to run tasks");
            System.out.println("  " + spread);
            Thread.sleep(Duration.ofSeconds(5).toMillis());

            int leader = workers.leader().orElseThrow(() -> new IllegalStateException(
                    "The workers did not log which of them leads the group."));
            int victim = killLeader ? leader : 1 - leader;
            int survivor = 1 - victim;
            Set<Integer> moving = spread.tasksOf(workers.id(victim));
            System.out.printf("%n%s leads the group. Killing %s (SIGKILL, pid %d): its tasks %s stop without storing "
                    + "their last offsets.%n", WorkerProcesses.name(leader), WorkerProcesses.name(victim),
                    workers.process(victim).pid(), moving);
            workers.process(victim).kill();
            long killed = System.nanoTime();
            ConnectRest survivorRest = workers.rest(survivor);
            TaskPlacement moved = awaitPlacement(survivorRest, placement ->
                    placement.allRunningOn(workers.id(survivor), tasks), "the tasks to run on the survivor");
            System.out.printf("  %.1f s later: %s%n", seconds(killed), moved);
            Thread.sleep(Duration.ofSeconds(3).toMillis());

            System.out.printf("%nThe status topic '%s' (the cluster's record of who ran what):%n", statusTopic);
            StatusTopic.taskStatuses(statusTopic, CONNECTOR).forEach(status -> System.out.println("  " + status));
            System.out.printf("%nThe numbers in '%s', task by task:%n", topic);
            NumbersTopic.tally(topic).forEach((task, numbers) -> System.out.printf("  %s%s: %s%n", task,
                    moving.stream().map(NumberSource::key).anyMatch(task::equals) ? " (moved)" : "", numbers));
            System.out.printf("%nStopping %s ...%n", WorkerProcesses.name(survivor));
            workers.process(survivor).stopGracefully(Duration.ofSeconds(30));
        }
    }

    /** A worker still joining its group answers 409 for a moment: ask again until the cluster accepts. */
    private static void createWhenAccepted(ConnectRest rest, Map<String, String> config) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                rest.post("/connectors", Map.of("name", config.get("name"), "config", config));
                return;
            } catch (ConnectRestException refused) {
                if (refused.status() != 409 || System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    private static TaskPlacement awaitPlacement(ConnectRest rest, Predicate<TaskPlacement> done, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        TaskPlacement last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = TaskPlacement.from(rest.get("/connectors/" + CONNECTOR + "/status"));
                if (done.test(last)) {
                    return last;
                }
            } catch (ConnectRestException notYet) {
                // 404 until the new connector's first status is written
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("Waited " + WAIT.toSeconds() + " s for " + what + "; the cluster reports: "
                + (last == null ? "no status" : last) + ". Are both workers in one cluster, and does a dead worker's "
                + "work move within seconds (README 10.5)?");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
