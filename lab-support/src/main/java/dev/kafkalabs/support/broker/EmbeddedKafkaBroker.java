package dev.kafkalabs.support.broker;

import dev.kafkalabs.support.Directories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
 *
 * <p>{@link #startClusterNode} starts one node of a multi-node cluster instead (see {@link KafkaCluster}):
 * a dedicated controller or a broker-only node, whose data outlives it so that it can be restarted.
 */
public final class EmbeddedKafkaBroker implements RunningBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";

    private final Path dataDir;
    private final int port;
    private final KafkaRaftServer server;
    private final boolean keepData;
    private Path clientConfig;
    private boolean closed;

    private EmbeddedKafkaBroker(Path dataDir, int port, KafkaRaftServer server, boolean keepData) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
        this.keepData = keepData;
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
        return start(port, null);
    }

    /**
     * Like {@link #start(int)}, keeping its topics in {@code dataDir} across restarts ({@code ./labs broker
     * --data-dir}): the directory is formatted on the first start only and {@link #close()} keeps it.
     * {@code null} means a temporary directory, deleted when the broker stops.
     */
    public static EmbeddedKafkaBroker start(int port, Path dataDir) {
        int brokerPort = port == 0 ? FreePorts.pick() : requireFree(port);
        int controllerPort = FreePorts.pick();
        boolean keepData = dataDir != null;
        Path dir = keepData ? createDir(dataDir) : createTempDir();
        try {
            Properties config = serverConfig(dir, brokerPort, controllerPort);
            format(dir, config, clusterIdOf(dir).orElseGet(() -> Uuid.randomUuid().toString()));
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, brokerPort, server, keepData);
            try {
                BrokerProbe.awaitReady(broker.bootstrapServers(), Duration.ofSeconds(60));
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (RuntimeException e) {
            if (!keepData) {
                deleteRecursively(dir);
            }
            throw e;
        }
    }

    /**
     * Starts a broker whose client listener ({@code 127.0.0.1:port}, {@code 0} = any free port) speaks
     * SASL_SSL with SCRAM-SHA-256 and a certificate made now; {@link #clientConfig()} is the file a client
     * needs ({@code KAFKA_CLIENT_CONFIG}). See {@link SecureListener}.
     */
    public static EmbeddedKafkaBroker startSecure(int port) {
        int clientPort = port == 0 ? FreePorts.pick() : requireFree(port);
        int internalPort = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        Path dir = createTempDir();
        try {
            SecureListener secure = SecureListener.create(dir.resolve("client"));
            Properties config = serverConfig(dir, clientPort, controllerPort);
            secure.configure(config, HOST, clientPort, internalPort, controllerPort);
            format(dir, config, Uuid.randomUuid().toString(), secure.formatArguments());
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, clientPort, server, false);
            broker.clientConfig = secure.clientConfig();
            try {
                Properties client = secure.clientSettings();
                client.put("bootstrap.servers", broker.bootstrapServers());
                BrokerProbe.awaitReady(client, Duration.ofSeconds(60));
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (RuntimeException e) {
            deleteRecursively(dir);
            throw e;
        }
    }

    /**
     * Starts one node of a multi-node KRaft cluster with the server configuration {@code config}
     * ({@code port} is the node's own listener port) and returns once the node has started. Its storage in
     * {@code dataDir} is formatted with {@code clusterId} on the first start only, and {@link #close()}
     * keeps it: a restarted node comes back with its own log, as a real one does.
     */
    public static EmbeddedKafkaBroker startClusterNode(Properties config, Path dataDir, String clusterId, int port) {
        format(dataDir, config, clusterId);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(dataDir, port, server, true);
    }

    @Override
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    @Override
    public String description() {
        return (clientConfig == null ? "embedded Kafka broker at " : "embedded Kafka broker (SASL_SSL, SCRAM) at ")
                + bootstrapServers();
    }

    @Override
    public Optional<Path> clientConfig() {
        return Optional.ofNullable(clientConfig);
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
            if (!keepData) {
                deleteRecursively(dataDir);
            }
        }
    }

    /** The node's addresses and storage, plus the settings every single-node broker shares ({@link BrokerSettings}). */
    static Properties serverConfig(Path dataDir, int brokerPort, int controllerPort) {
        Properties config = BrokerSettings.singleNode();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir.resolve("logs").toString());
        return config;
    }

    private static void format(Path dataDir, Properties config, String clusterId) {
        format(dataDir, config, clusterId, List.of());
    }

    private static void format(Path dataDir, Properties config, String clusterId, List<String> extraArguments) {
        Path configFile = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "embedded Kafka broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            List<String> arguments = new ArrayList<>(List.of("format", "--config", configFile.toString(),
                    "--cluster-id", clusterId, "--ignore-formatted"));
            arguments.addAll(extraArguments);
            exitCode = StorageTool.execute(arguments.toArray(String[]::new), printer);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the embedded broker's storage failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
        LOG.debug("Formatted {}", dataDir);
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new PortInUseException(HOST, port);
        }
    }

    /** The cluster id a kept data directory was formatted with: a restart must format with the same one. */
    private static Optional<String> clusterIdOf(Path dataDir) {
        Path meta = dataDir.resolve("logs").resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + meta, e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id"));
    }

    private static Path createDir(Path dir) {
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's data directory", e);
        }
    }

    /** Deletes a broker's or cluster's temporary directory, as well as it can. */
    static void deleteRecursively(Path dir) {
        try {
            Directories.deleteTree(dir);
        } catch (UncheckedIOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getCause().getMessage());
        }
    }
}
