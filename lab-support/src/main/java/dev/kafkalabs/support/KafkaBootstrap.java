package dev.kafkalabs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The one place that knows where the Kafka cluster is.
 *
 * <ol>
 *   <li>{@code -Dkafka.bootstrap.servers=host:port} or the environment variable
 *       {@code KAFKA_BOOTSTRAP_SERVERS};</li>
 *   <li>otherwise {@value #DEFAULT_SERVERS}, where {@code ./labs broker} (or {@code docker compose up})
 *       serves a broker.</li>
 * </ol>
 *
 * <p>For a secured cluster, {@code KAFKA_CLIENT_CONFIG=path/to/client.properties} (or
 * {@code -Dkafka.client.config=...}) adds its settings (SASL, SSL, ...) to every client. Nothing secret
 * belongs in this repository.
 */
public final class KafkaBootstrap {

    public static final String SERVERS_PROPERTY = "kafka.bootstrap.servers";
    public static final String SERVERS_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String CLIENT_CONFIG_PROPERTY = "kafka.client.config";
    public static final String CLIENT_CONFIG_ENV = "KAFKA_CLIENT_CONFIG";
    public static final String DEFAULT_SERVERS = "127.0.0.1:9092";

    private static final int CONNECT_TIMEOUT_MS = 3000;

    /** The last address list found listening, so the check costs one connection per JVM. */
    private static volatile String listeningServers;

    private KafkaBootstrap() {
    }

    /** The bootstrap list to hand to {@code bootstrap.servers}. */
    public static String servers() {
        String configured = configuredServers();
        return configured != null ? configured : DEFAULT_SERVERS;
    }

    /** The bootstrap list the user configured explicitly, or {@code null} when none is set. */
    public static String configuredServers() {
        return firstNonBlank(System.getProperty(SERVERS_PROPERTY), System.getenv(SERVERS_ENV));
    }

    /**
     * Settings every client needs: {@code bootstrap.servers} plus whatever the optional client config
     * file adds. Exercise code starts from these and adds its own settings.
     */
    public static Properties clientProperties() {
        Properties properties = configuredClientProperties();
        requireListening(properties.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        return properties;
    }

    /**
     * Like {@link #clientProperties()}, without first checking that something listens at the address
     * (for code that probes the broker itself).
     */
    public static Properties configuredClientProperties() {
        Properties properties = new Properties();
        String configFile = firstNonBlank(System.getProperty(CLIENT_CONFIG_PROPERTY), System.getenv(CLIENT_CONFIG_ENV));
        if (configFile != null) {
            properties.putAll(load(Path.of(configFile)));
        }
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers());
        return properties;
    }

    /** What to tell a user whose broker does not answer. */
    public static String unreachableMessage(String bootstrapServers) {
        return "No Kafka broker answers at " + bootstrapServers + ". Start one with ./labs broker "
                + "(or docker compose up -d), or point KAFKA_BOOTSTRAP_SERVERS at a running cluster.";
    }

    /**
     * Fails at once, with the address and what to do, when nothing listens at any bootstrap address.
     * Without this a client waits a minute ({@code max.block.ms}) and then blames a missing topic.
     * Checked once per address list and JVM.
     */
    private static void requireListening(String bootstrapServers) {
        if (bootstrapServers.equals(listeningServers)) {
            return;
        }
        if (!isListening(bootstrapServers)) {
            throw new BrokerUnreachableException(unreachableMessage(bootstrapServers));
        }
        listeningServers = bootstrapServers;
    }

    /**
     * True when something accepts TCP connections at one of the comma-separated {@code host:port}
     * addresses. Cheap (a refused connection answers at once); says nothing about whether it is Kafka.
     */
    public static boolean isListening(String bootstrapServers) {
        for (String address : bootstrapServers.split(",")) {
            if (listening(address.trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean listening(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("Bootstrap address '" + hostAndPort + "' has no port; write host:port.");
        }
        String host = hostAndPort.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(hostAndPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Bootstrap address '" + hostAndPort + "' has no valid port; write host:port.", e);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Properties load(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("KAFKA_CLIENT_CONFIG points at " + file.toAbsolutePath()
                    + ", which is not a readable file.");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read client config " + file.toAbsolutePath(), e);
        }
        return properties;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }
}
