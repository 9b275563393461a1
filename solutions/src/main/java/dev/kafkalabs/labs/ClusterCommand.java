package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.CommandLoop;
import dev.kafkalabs.support.cli.UsageException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./labs cluster [--brokers N]}: a real multi-broker Kafka cluster (a KRaft controller and N brokers,
 * each in its own JVM) in the foreground, taking commands on stdin to stop, kill and start its brokers.
 */
final class ClusterCommand {

    static final String COMMANDS = String.join("\n",
            "Commands (one per line):",
            "  status      every node: address, state, process id",
            "  stop N      stop broker N cleanly (SIGTERM: it hands its leaderships over first)",
            "  kill N      kill broker N hard (SIGKILL: a crash; the controller notices in about 4 s)",
            "  start N     start broker N again, same address, same log directory",
            "  pause N     freeze broker N (SIGSTOP: a long GC pause or a network partition)",
            "  resume N    let a paused broker N run on",
            "  help        this list",
            "  quit        stop the cluster and delete its data (so do Ctrl-C and the end of input)");

    private final InputStream in;
    private final PrintStream out;

    ClusterCommand() {
        this(System.in, System.out);
    }

    ClusterCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    int run(String[] argv) {
        Args args = Args.parse(argv, Command.CLUSTER.synopsis(), List.of("brokers"), List.of());
        int brokers = args.intValue("brokers", KafkaCluster.DEFAULT_BROKERS);
        if (brokers < 1 || brokers > 9) {
            throw new UsageException("--brokers must be from 1 to 9, not " + brokers + ".\nUsage: " + Command.CLUSTER.synopsis());
        }
        out.printf("Starting a Kafka cluster: a KRaft controller and %d broker%s, each in its own JVM ...%n", brokers,
                brokers == 1 ? "" : "s");
        long start = System.nanoTime();
        try (KafkaCluster cluster = KafkaCluster.start(brokers)) {
            out.printf("Cluster ready in %.1f s.%n%s", (System.nanoTime() - start) / 1e9, cluster.status());
            out.println("Bootstrap servers: " + cluster.bootstrapServers());
            out.println("In other terminals (./labs run, your programs, the checks' clients):");
            out.println("  export KAFKA_BOOTSTRAP_SERVERS=" + cluster.bootstrapServers());
            out.println(COMMANDS);
            CommandLoop.run(in, out, COMMANDS, words -> execute(cluster, words));
            out.println("Stopping the cluster ...");
        }
        out.println("Cluster stopped, its data deleted.");
        return 0;
    }

    /** Runs one command (a line's words). */
    private void execute(KafkaCluster cluster, String[] words) {
        try {
            switch (words[0]) {
                case "status" -> out.print(cluster.status());
                case "stop" -> {
                    int id = brokerId(words, cluster);
                    out.printf("Stopping broker %d cleanly ...%n", id);
                    cluster.stopBroker(id);
                    out.printf("Broker %d stopped.%n", id);
                }
                case "kill" -> {
                    int id = brokerId(words, cluster);
                    cluster.killBroker(id);
                    out.printf("Broker %d killed (SIGKILL).%n", id);
                }
                case "start" -> {
                    int id = brokerId(words, cluster);
                    out.printf("Starting broker %d at %s ...%n", id, cluster.address(id));
                    long start = System.nanoTime();
                    cluster.startBroker(id);
                    out.printf("Broker %d is back (%.1f s); it catches up on its partitions by itself.%n", id,
                            (System.nanoTime() - start) / 1e9);
                }
                case "pause" -> {
                    int id = brokerId(words, cluster);
                    cluster.pauseBroker(id);
                    out.printf("Broker %d paused (SIGSTOP).%n", id);
                }
                case "resume" -> {
                    int id = brokerId(words, cluster);
                    cluster.resumeBroker(id);
                    out.printf("Broker %d resumed.%n", id);
                }
                default -> out.println("Unknown command '" + String.join(" ", words) + "'. help lists the commands.");
            }
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            out.println(e.getMessage());
        }
    }

    private static int brokerId(String[] words, KafkaCluster cluster) {
        if (words.length != 2 || !words[1].matches("\\d+")) {
            throw new IllegalArgumentException(words[0] + " needs one broker id: " + words[0] + " N, N in "
                    + cluster.brokerIds() + ".");
        }
        return Integer.parseInt(words[1]);
    }
}
