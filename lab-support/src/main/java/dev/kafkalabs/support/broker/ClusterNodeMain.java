package dev.kafkalabs.support.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code main} of one {@link KafkaCluster} node, run in a JVM of its own so that a hard kill of the
 * node is a real SIGKILL of a real process. Arguments: the node's {@code server.properties}, its data
 * directory, the cluster id and its listener port. SIGTERM stops it cleanly (a broker hands its
 * partitions over first: controlled shutdown).
 */
public final class ClusterNodeMain {

    /** Printed once the node has started; {@link KafkaCluster} waits for it. */
    static final String READY = "KAFKA NODE READY";

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("Usage: ClusterNodeMain SERVER_PROPERTIES DATA_DIR CLUSTER_ID PORT");
            System.exit(2);
        }
        Properties config = load(Path.of(args[0]));
        EmbeddedKafkaBroker node = EmbeddedKafkaBroker.startClusterNode(config, Path.of(args[1]), args[2],
                Integer.parseInt(args[3]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "kafka-node-shutdown"));
        System.out.println(READY + " " + config.getProperty("node.id"));
        stopWhenParentIsGone();
        stopped.await();
    }

    /**
     * The JVM that started this node holds the other end of our stdin: when it ends, so does this node, at
     * once. Not through a clean stop: a broker's clean stop is a controlled shutdown that waits for the
     * controller, which is most likely gone as well (its node watches the same parent); measured, such a
     * broker kept running, at a third of a core, for minutes after its parent had died.
     */
    private static void stopWhenParentIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is ever sent; only the end of the stream matters.
                }
            } catch (IOException e) {
                // A broken pipe means the same thing as the end of the stream.
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }
}
