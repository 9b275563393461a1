package dev.kafkalabs.support.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one node) running inside this JVM.
 *
 * <p>This is the only class in the workbook that touches Kafka's server internals. It uses the same
 * entry points as {@code bin/kafka-storage.sh format} and {@code bin/kafka-server-start.sh}: format a
 * fresh storage directory, then start {@link KafkaRaftServer}. Every listener is bound to 127.0.0.1.
 * {@link #close()} stops the broker and deletes its data.
 */
public final class EmbeddedKafkaBroker implements RunningBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";

    private final Path dataDir;
    private final int port;
    private final KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Path dataDir, int port, KafkaRaftServer server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    /** Starts a broker on a free port. */
    public static EmbeddedKafkaBroker start() {
        return start(0);
    }

    /**
     * Starts a broker whose client listener is {@code 127.0.0.1:port} ({@code 0} = any free port) and
     * returns once it answers requests.
     *
     * @throws PortInUseException when the port is taken
     */
    public static EmbeddedKafkaBroker start(int port) {
        int brokerPort = port == 0 ? freePort() : requireFree(port);
        int controllerPort = freePort();
        Path dataDir = createTempDir();
        try {
            Properties config = serverConfig(dataDir, brokerPort, controllerPort);
            format(dataDir, config);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, brokerPort, server);
            try {
                BrokerProbe.awaitReady(broker.bootstrapServers(), Duration.ofSeconds(60));
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    @Override
    public String description() {
        return "embedded Kafka broker at " + bootstrapServers();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static Properties serverConfig(Path dataDir, int brokerPort, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir.resolve("logs").toString());
        config.put("num.partitions", "1");
        // A single broker cannot hold three replicas: without these, consumer groups silently get
        // nothing and initTransactions() times out.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "5");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // The share groups' state topic is created on first use: 5 partitions instead of 50 make that quick,
        // and a first attempt that found it not ready yet is retried after 5 s instead of 30 s.
        config.put("share.coordinator.state.topic.num.partitions", "5");
        config.put("group.share.initialize.retry.interval.ms", "5000");
        // Start a group's first rebalance at once instead of waiting 3 s for more members.
        config.put("group.initial.rebalance.delay.ms", "0");
        // KIP-848 groups settle in about 1.5 s instead of 5-10 s.
        config.put("group.consumer.heartbeat.interval.ms", "500");
        config.put("group.consumer.min.heartbeat.interval.ms", "500");
        // Share groups (lab 8): members learn their assignment within half a second instead of 5 s,
        config.put("group.share.heartbeat.interval.ms", "500");
        config.put("group.share.min.heartbeat.interval.ms", "500");
        // and a group may set an acquisition lock as short as 1 s (the broker's default floor is 15 s),
        // so records held by a crashed consumer come back within seconds.
        config.put("group.share.min.record.lock.duration.ms", "1000");
        // The default 128 MiB dedupe buffer is allocated eagerly; compacted topics here are tiny.
        config.put("log.cleaner.dedupe.buffer.size", "2097152");
        return config;
    }

    private static void format(Path dataDir, Properties config) {
        Path configFile = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "embedded Kafka broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] {
                "format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString(),
                "--ignore-formatted"
            }, printer);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the embedded broker's storage failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
        LOG.debug("Formatted {}", dataDir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new PortInUseException(HOST, port);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's data directory", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
