package dev.kafkalabs.support.broker;

import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A real multi-broker Kafka cluster on 127.0.0.1: one dedicated KRaft controller and N broker-only
 * nodes (ids 1..N), each in a JVM of its own, started from the same embedded broker code as the single
 * broker ({@link EmbeddedKafkaBroker#startClusterNode}).
 *
 * <p>Why this shape:
 * <ul>
 *   <li>a JVM per node, so that {@link #killBroker(int)} is a real SIGKILL (no shutdown hook, no
 *       controlled shutdown, nothing flushed), and {@link #pauseBroker(int)} a real frozen process;</li>
 *   <li>a dedicated controller that is never stopped, so that the metadata quorum survives any number of
 *       brokers going down: with three combined broker+controller nodes, two down means no quorum, and
 *       then no ISR change and no leader election can happen at all;</li>
 *   <li>ports chosen once at start, so that {@link #startBroker(int)} brings a broker back at the same
 *       address with its own log directory.</li>
 * </ul>
 * {@link #close()} stops every node and deletes the data.
 */
public final class KafkaCluster implements RunningBroker {

    public static final int DEFAULT_BROKERS = 3;
    /** The dedicated controller's node id (brokers are 1..N). */
    public static final int CONTROLLER_ID = 100;

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /** What a broker process is doing, as far as this cluster made it do. */
    public enum State { RUNNING, PAUSED, STOPPED, KILLED }

    private final Path root;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int controllerPort;
    private final Map<Integer, Integer> brokerPorts = new LinkedHashMap<>();
    private final Map<Integer, ChildProcess> processes = new LinkedHashMap<>();
    private final Map<Integer, State> states = new LinkedHashMap<>();
    private ChildProcess controller;
    private Admin admin;
    private boolean closed;
    private final Thread cleanup = new Thread(this::close, "kafka-cluster-cleanup");

    private KafkaCluster(Path root, int brokers) {
        this.root = root;
        this.controllerPort = FreePorts.pick();
        for (int id = 1; id <= brokers; id++) {
            brokerPorts.put(id, FreePorts.pick());
        }
    }

    /** Starts a controller and {@code brokers} brokers and returns once every broker is registered and serving. */
    public static KafkaCluster start(int brokers) {
        if (brokers < 1 || brokers > 9) {
            throw new IllegalArgumentException("A cluster here has 1 to 9 brokers, not " + brokers + ".");
        }
        KafkaCluster cluster = new KafkaCluster(createTempDir(), brokers);
        Runtime.getRuntime().addShutdownHook(cluster.cleanup);
        try {
            cluster.startAll();
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll() {
        controller = launch(CONTROLLER_ID, controllerConfig());
        for (int id : brokerPorts.keySet()) {
            processes.put(id, launch(id, brokerConfig(id)));
        }
        controller.awaitOutput(ClusterNodeMain.READY, START_TIMEOUT);
        for (int id : brokerPorts.keySet()) {
            processes.get(id).awaitOutput(ClusterNodeMain.READY, START_TIMEOUT);
            states.put(id, State.RUNNING);
        }
        awaitServing(brokerPorts.keySet());
    }

    /** Every broker's address, comma-separated: what clients put in {@code bootstrap.servers}. */
    @Override
    public String bootstrapServers() {
        return brokerPorts.keySet().stream().map(this::address).collect(Collectors.joining(","));
    }

    @Override
    public String description() {
        return "embedded Kafka cluster of " + brokerPorts.size() + " brokers at " + bootstrapServers();
    }

    /** The broker ids, 1..N. */
    public List<Integer> brokerIds() {
        return List.copyOf(brokerPorts.keySet());
    }

    /** One broker's address, host:port; it stays the same across restarts. */
    public String address(int brokerId) {
        return HOST + ":" + port(brokerId);
    }

    public synchronized State state(int brokerId) {
        port(brokerId);
        return states.get(brokerId);
    }

    /** The brokers whose process runs (paused ones included). */
    public synchronized Set<Integer> runningBrokers() {
        return states.entrySet().stream()
                .filter(entry -> entry.getValue() == State.RUNNING || entry.getValue() == State.PAUSED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Stops a broker cleanly (SIGTERM): it hands its partition leaderships over (controlled shutdown),
     * leaves every ISR at once, and its process ends. Waits for that.
     */
    public synchronized void stopBroker(int brokerId) {
        ChildProcess process = running(brokerId, "stop");
        if (states.get(brokerId) == State.PAUSED) {
            process.resume();
        }
        process.stopGracefully(STOP_TIMEOUT);
        states.put(brokerId, State.STOPPED);
    }

    /**
     * Kills a broker hard (SIGKILL), like a power cut of its process: no controlled shutdown. The
     * controller notices when its heartbeats stop (after {@code broker.session.timeout.ms}).
     */
    public synchronized void killBroker(int brokerId) {
        running(brokerId, "kill").kill();
        states.put(brokerId, State.KILLED);
    }

    /**
     * Freezes a broker's process (SIGSTOP): it neither fetches nor answers, as in a long GC pause or a
     * network partition, but it is not dead yet. Linux and macOS only.
     */
    public synchronized void pauseBroker(int brokerId) {
        ChildProcess process = running(brokerId, "pause");
        if (states.get(brokerId) == State.RUNNING) {
            process.pause();
            states.put(brokerId, State.PAUSED);
        }
    }

    /** Lets a paused broker run on (SIGCONT). */
    public synchronized void resumeBroker(int brokerId) {
        ChildProcess process = running(brokerId, "resume");
        if (states.get(brokerId) == State.PAUSED) {
            process.resume();
            states.put(brokerId, State.RUNNING);
        }
    }

    /**
     * Starts a stopped or killed broker again at the same address with its own log directory, and returns
     * once the cluster serves it again (it may still be catching up on its partitions).
     */
    public void startBroker(int brokerId) {
        startBrokers(Set.of(brokerId));
    }

    /** {@link #startBroker(int)} for several brokers at once (their JVMs start in parallel). */
    public void startBrokers(Set<Integer> brokerIds) {
        Map<Integer, ChildProcess> started = new LinkedHashMap<>();
        synchronized (this) {
            for (int id : brokerIds) {
                port(id);
                if (states.get(id) == State.RUNNING || states.get(id) == State.PAUSED) {
                    throw new IllegalStateException("Broker " + id + " is already running.");
                }
            }
            for (int id : brokerIds) {
                ChildProcess process = launch(id, brokerConfig(id));
                processes.put(id, process);
                states.put(id, State.RUNNING);
                started.put(id, process);
            }
        }
        started.values().forEach(process -> process.awaitOutput(ClusterNodeMain.READY, START_TIMEOUT));
        awaitServing(brokerIds);
    }

    /** The brokers the controller currently counts as alive (registered and not fenced). */
    public Set<Integer> aliveBrokers() {
        return get(admin().describeCluster().nodes(), "describe the cluster").stream()
                .map(Node::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One line per node: id, address, state, process id. */
    public synchronized String status() {
        StringBuilder status = new StringBuilder(String.format("  controller  %s:%d  %s%n", HOST, controllerPort,
                controller != null && controller.isAlive() ? "RUNNING" : "DOWN"));
        for (int id : brokerPorts.keySet()) {
            ChildProcess process = processes.get(id);
            boolean alive = process != null && process.isAlive();
            status.append(String.format("  broker %d    %s  %-8s%s%n", id, address(id), states.get(id),
                    alive ? "  pid " + process.pid() : ""));
        }
        return status.toString();
    }

    /** An {@link Admin} on the cluster (closed with it). */
    public synchronized Admin admin() {
        if (admin == null) {
            Properties properties = new Properties();
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            admin = Admin.create(properties);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself.
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        // The data is deleted next: a hard stop of every node is as good as a clean one, and faster.
        for (ChildProcess process : processes.values()) {
            if (process.isAlive()) {
                process.resume();
            }
            process.close();
        }
        if (controller != null) {
            controller.close();
        }
        EmbeddedKafkaBroker.deleteRecursively(root);
    }

    private ChildProcess launch(int nodeId, Properties config) {
        Path dataDir = root.resolve("node-" + nodeId);
        Path configFile = root.resolve("node-" + nodeId + ".properties");
        try {
            Files.createDirectories(dataDir);
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "Kafka cluster node " + nodeId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the configuration of node " + nodeId, e);
        }
        int port = nodeId == CONTROLLER_ID ? controllerPort : port(nodeId);
        return ChildJvm.of(ClusterNodeMain.class)
                .args(configFile.toString(), dataDir.toString(), clusterId, String.valueOf(port))
                .start();
    }

    private Properties controllerConfig() {
        Properties config = commonConfig(CONTROLLER_ID);
        config.put("process.roles", "controller");
        config.put("listeners", "CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT");
        // How long a broker may go without a heartbeat before the controller fences it and moves its
        // leaderships (default 9 s): a killed leader is replaced after about this long.
        config.put("broker.session.timeout.ms", "4000");
        // In KRaft the controller creates the topics: a request that leaves the replication factor to the
        // cluster (-1, as Connect's internal topics do by default) gets the controller's default, not the brokers'.
        config.put("default.replication.factor", String.valueOf(Math.min(3, brokerPorts.size())));
        return config;
    }

    private Properties brokerConfig(int id) {
        int brokers = brokerPorts.size();
        String replicas = String.valueOf(Math.min(3, brokers));
        String minIsr = String.valueOf(Math.min(2, brokers));
        Properties config = commonConfig(id);
        config.put("process.roles", "broker");
        config.put("listeners", "PLAINTEXT://" + address(id));
        config.put("advertised.listeners", "PLAINTEXT://" + address(id));
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("broker.heartbeat.interval.ms", "500");
        // Internal topics replicated like production ones (up to three copies); the broker-wide
        // min.insync.replicas stays at its default of 1: topics that need more say so themselves.
        config.put("default.replication.factor", replicas);
        config.put("offsets.topic.replication.factor", replicas);
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", replicas);
        config.put("transaction.state.log.min.isr", minIsr);
        config.put("transaction.state.log.num.partitions", "5");
        config.put("share.coordinator.state.topic.replication.factor", replicas);
        config.put("share.coordinator.state.topic.min.isr", minIsr);
        config.put("num.partitions", "1");
        // Same as the single broker: quick first rebalance, quick KIP-848 groups, a small dedupe buffer.
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("group.consumer.heartbeat.interval.ms", "500");
        config.put("group.consumer.min.heartbeat.interval.ms", "500");
        config.put("log.cleaner.dedupe.buffer.size", "2097152");
        return config;
    }

    private Properties commonConfig(int nodeId) {
        Properties config = new Properties();
        config.put("node.id", String.valueOf(nodeId));
        config.put("controller.quorum.voters", CONTROLLER_ID + "@" + HOST + ":" + controllerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("log.dirs", root.resolve("node-" + nodeId).resolve("logs").toString());
        return config;
    }

    private void awaitServing(Set<Integer> brokerIds) {
        try {
            Waiting.awaitAnswer("brokers " + brokerIds + " to join the cluster", START_TIMEOUT, this::aliveBrokers,
                    alive -> alive.containsAll(brokerIds));
        } catch (Waiting.TimedOut e) {
            throw new IllegalStateException(e.getMessage() + ".\n" + status(), e);
        }
    }

    private ChildProcess running(int brokerId, String action) {
        port(brokerId);
        State state = states.get(brokerId);
        if (state != State.RUNNING && state != State.PAUSED) {
            throw new IllegalStateException("Cannot " + action + " broker " + brokerId + ": it is " + state + ".");
        }
        return processes.get(brokerId);
    }

    private int port(int brokerId) {
        Integer port = brokerPorts.get(brokerId);
        if (port == null) {
            throw new IllegalArgumentException("There is no broker " + brokerId + "; the brokers are "
                    + brokerPorts.keySet() + ".");
        }
        return port;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not " + what + " within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("kafka-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the cluster's data directory", e);
        }
    }
}
