package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.NumberSource;
import dev.kafkalabs.lab10.WorkerProcesses;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.CommandLoop;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./labs connect-cluster [--workers N] [--name NAME]}: the distributed workers of one Connect cluster,
 * each in its own JVM, in the foreground, with exercise 10.5's settings (the solution's, or yours with
 * {@code -Dlab.variant=starter}); it takes commands on stdin to see, kill, stop and start them, while you
 * create connectors with curl. Beside {@code ./labs cluster} (its {@code KAFKA_BOOTSTRAP_SERVERS} line) the
 * workers meet through three brokers.
 */
public final class ConnectClusterProgram {

    static final String USAGE = "ConnectClusterProgram [--workers N] [--name NAME]";
    static final String COMMANDS = String.join("\n",
            "Commands (one per line):",
            "  status      every worker: REST address, running or not, process id; which one leads the group",
            "  kill N      kill worker N hard (SIGKILL: its tasks move after the session timeout and the delay)",
            "  stop N      stop worker N cleanly (SIGTERM: it leaves the group and stores its offsets first)",
            "  start N     start worker N again, same name, same REST port",
            "  log N       the last lines worker N printed",
            "  help        this list",
            "  quit        stop every worker cleanly (so do Ctrl-C and the end of input)");
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final int MAX_WORKERS = 5;

    private ConnectClusterProgram() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("workers", "name"), List.of());
        int count = args.intValue("workers", 2);
        if (count < 1 || count > MAX_WORKERS) {
            throw new UsageException("--workers must be from 1 to " + MAX_WORKERS + ", not " + count + ".\nUsage: " + USAGE);
        }
        // A fixed name by default: the cluster's topics outlive its workers, so a cluster started again under the
        // same name on the same brokers finds its connectors again.
        String cluster = args.value("name", "lab10-connect-cluster");
        System.out.printf("Starting %d distributed worker%s of the Connect cluster '%s' (broker %s), each in its own "
                + "JVM ...%n", count, count == 1 ? "" : "s", cluster, KafkaBootstrap.servers());
        long start = System.nanoTime();
        try (WorkerProcesses workers = WorkerProcesses.start(cluster, count)) {
            workers.awaitReady(START).forEach(line -> System.out.println("  " + line));
            System.out.printf("Ready in %.1f s. Any worker's REST API answers for the cluster, e.g.%n",
                    (System.nanoTime() - start) / 1e9);
            String url = "http://" + workers.id(0);
            System.out.printf("  curl -s -X POST -H 'Content-Type: application/json' %s/connectors -d '{\"name\":"
                    + "\"numbers\",\"config\":{\"connector.class\":\"%s\",\"tasks.max\":\"4\",\"topic\":\"numbers\"}}'%n",
                    url, NumberSource.class.getName());
            System.out.printf("  curl -s %s/connectors/numbers/status%n", url);
            System.out.println(COMMANDS);
            CommandLoop.run(System.in, System.out, COMMANDS, words -> execute(workers, words));
            System.out.println("Stopping the workers ...");
            for (int index = 0; index < workers.size(); index++) {
                if (workers.process(index).isAlive()) {
                    workers.process(index).stopGracefully(STOP);
                }
            }
        }
        System.out.println("Workers stopped. The cluster's topics stay on the brokers.");
    }

    /** Runs one command (a line's words). */
    private static void execute(WorkerProcesses workers, String[] words) {
        try {
            switch (words[0]) {
                case "status" -> printStatus(workers);
                case "kill" -> {
                    int index = worker(words, workers);
                    workers.process(index).kill();
                    System.out.printf("%s killed (SIGKILL).%n", WorkerProcesses.name(index));
                }
                case "stop" -> {
                    int index = worker(words, workers);
                    System.out.printf("Stopping %s cleanly ...%n", WorkerProcesses.name(index));
                    workers.process(index).stopGracefully(STOP);
                    System.out.printf("%s stopped.%n", WorkerProcesses.name(index));
                }
                case "start" -> {
                    int index = worker(words, workers);
                    workers.restart(index);
                    System.out.println("  " + workers.process(index).awaitOutput(WorkerProgram.READY, START));
                }
                case "log" -> System.out.println(workers.process(worker(words, workers)).tail());
                default -> System.out.println("Unknown command '" + String.join(" ", words) + "'. help lists the commands.");
            }
        } catch (IllegalArgumentException | IllegalStateException | AssertionError e) {
            System.out.println(e.getMessage());
        }
    }

    private static void printStatus(WorkerProcesses workers) {
        Optional<Integer> leader = workers.leader();
        for (int index = 0; index < workers.size(); index++) {
            ChildProcess process = workers.process(index);
            System.out.printf("  %-9s http://%s/  %-8s pid %d%s%n", WorkerProcesses.name(index), workers.id(index),
                    process.isAlive() ? "RUNNING" : "STOPPED", process.pid(),
                    leader.isPresent() && leader.get() == index ? "  leader" : "");
        }
    }

    /** The index of the worker a command names: {@code kill 2} is worker-2, index 1. */
    private static int worker(String[] words, WorkerProcesses workers) {
        if (words.length != 2 || !words[1].matches("\\d+")
                || Integer.parseInt(words[1]) < 1 || Integer.parseInt(words[1]) > workers.size()) {
            throw new IllegalArgumentException(words[0] + " needs one worker number: " + words[0] + " N, N from 1 to "
                    + workers.size() + ".");
        }
        return Integer.parseInt(words[1]) - 1;
    }
}
