package dev.kafkalabs.lab11;

import dev.kafkalabs.support.Directories;
import dev.kafkalabs.support.broker.FreePorts;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.deploy.master.Master;
import org.apache.spark.deploy.worker.Worker;

/**
 * A Spark standalone cluster on 127.0.0.1: a master and {@code workers} workers, each a JVM of its own, made
 * of the jars this JVM already has (no Spark download). Each worker launches the executors of an
 * application as JVMs of their own, so a job sent to {@link #masterUrl()} runs outside the driver's JVM, as
 * on a real cluster.
 *
 * <p>A worker builds an executor's command from a "Spark home" ({@code SPARK_HOME}). A distribution has its
 * jars in {@code jars/}; here that folder is empty and {@code SPARK_DIST_CLASSPATH} - Spark's own way to run
 * with libraries it did not ship - gives the executors this JVM's class path: Spark, the Kafka connector and
 * the lab's classes, the student's included. {@code SPARK_SCALA_VERSION} is what a distribution's
 * {@code bin/load-spark-env.sh} exports; without it every executor launch fails with "Cannot find any build
 * directories".
 */
public final class SparkCluster implements AutoCloseable {

    /** The log line of a worker that joined the cluster. */
    private static final String REGISTERED = "Successfully registered with master";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Path home;
    private final String masterUrl;
    private final List<ChildProcess> processes = new ArrayList<>();
    /** Ctrl-C, or the end of the JVM, stops the nodes too: they are processes of their own and would outlive it. */
    private final Thread stopAtExit = new Thread(this::stopNodes, "spark-cluster-stop");

    private SparkCluster(Path home, String masterUrl) {
        this.home = home;
        this.masterUrl = masterUrl;
    }

    /**
     * Starts the master and {@code workers} workers, one core and 1 GiB for executors each, without waiting
     * for them ({@link #awaitReady}): a caller can do other work meanwhile.
     */
    public static SparkCluster start(int workers) {
        Path home = createHome();
        int port = FreePorts.pick();
        SparkCluster cluster = new SparkCluster(home, "spark://127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
        cluster.processes.add(cluster.node(Master.class)
                // The REST server for spark-submit's cluster mode: nothing here submits that way.
                .systemProperty("spark.master.rest.enabled", "false")
                .args("--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0")
                .start());
        for (int index = 1; index <= workers; index++) {
            cluster.processes.add(cluster.node(Worker.class)
                    // One executor of the default size (1 GiB) per worker, with one of the machine's two cores.
                    .args("--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                            "--work-dir", home.resolve("work").resolve("worker-" + index).toString(), cluster.masterUrl)
                    .start());
        }
        return cluster;
    }

    private ChildJvm node(Class<?> mainClass) {
        return ChildJvm.of(mainClass)
                .jvmOptions(SparkJvmOptions.ofThisJvm())
                // The lab keeps Spark's logs at WARN; a node's INFO lines say when it is up and what it launched.
                .systemProperty("org.slf4j.simpleLogger.log.org.apache.spark.deploy", "info")
                .environment("SPARK_HOME", home.toString())
                .environment("SPARK_SCALA_VERSION", "2.13")
                .environment("SPARK_DIST_CLASSPATH", System.getProperty("java.class.path"))
                // Every process listens on the loopback interface only, like the broker.
                .environment("SPARK_LOCAL_IP", "127.0.0.1");
    }

    private static Path createHome() {
        try {
            Path home = Files.createTempDirectory("lab11-spark-cluster-");
            Files.createDirectories(home.resolve("jars"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Spark home in the temp directory", e);
        }
    }

    /** Waits until every worker has registered with the master; fails with the node's output if one did not. */
    public SparkCluster awaitReady(Duration timeout) {
        for (ChildProcess worker : processes.subList(1, processes.size())) {
            try {
                worker.awaitOutput(REGISTERED, timeout);
            } catch (AssertionError | RuntimeException e) {
                throw new IllegalStateException("A Spark worker did not join the master at " + masterUrl + " within "
                        + timeout.toSeconds() + " s. Its last lines:\n" + worker.tail() + "\nThe master's:\n"
                        + processes.get(0).tail(), e);
            }
        }
        return this;
    }

    /** The address a driver gives as its master: {@code --master} of every lab 11 program. */
    public String masterUrl() {
        return masterUrl;
    }

    /** How many executor JVMs the workers have launched so far, for every application ({@code work/WORKER/APP/EXECUTOR}). */
    public long executorsLaunched() {
        Path work = home.resolve("work");
        try (Stream<Path> paths = Files.walk(work, 3)) {
            return paths.filter(path -> work.relativize(path).getNameCount() == 3 && Files.isDirectory(path)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stops every node, the workers first (each stops its executors), and deletes the Spark home with their logs. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending: the hook runs anyway.
        }
        stopNodes();
    }

    private void stopNodes() {
        for (int index = processes.size() - 1; index >= 0; index--) {
            ChildProcess node = processes.get(index);
            try {
                if (node.isAlive()) {
                    node.stopGracefully(STOP_TIMEOUT);
                }
            } catch (AssertionError stillRunning) {
                node.kill();
            }
        }
        Directories.deleteTree(home);
    }
}
