package dev.kafkalabs.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern ADDRESS = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");

    /** The last address list found listening, so the check costs one connection per JVM. */
    private static volatile String listeningServers;

    /** Starts a broker the first time a client needs one, when nothing is configured ({@code ./labs run}). */
    private static volatile Supplier<String> brokerOnFirstUse;

    private KafkaBootstrap() {
    }

    /**
     * The bootstrap list to hand to {@code bootstrap.servers}. When nothing is configured and a launcher
     * registered {@link #startBrokerOnFirstUse}, the first call starts that broker and returns its address.
     */
    public static String servers() {
        String configured = configuredServers();
        if (configured != null) {
            return configured;
        }
        Supplier<String> starter = brokerOnFirstUse;
        if (starter == null) {
            return DEFAULT_SERVERS;
        }
        synchronized (KafkaBootstrap.class) {
            if (configuredServers() == null) {
                System.setProperty(SERVERS_PROPERTY, starter.get());
            }
            return configuredServers();
        }
    }

    /**
     * Has the first {@link #servers()} call start a broker (the supplier returns its address): a launcher
     * uses it so that a program asked for {@code --help}, or given bad arguments, starts nothing.
     */
    public static void startBrokerOnFirstUse(Supplier<String> starter) {
        brokerOnFirstUse = starter;
    }

    /**
     * The bootstrap list the user configured explicitly, or {@code null} when none is set.
     *
     * @throws BadEnvironmentException when it is not a list of {@code host:port} addresses
     */
    public static String configuredServers() {
        String configured = firstNonBlank(System.getProperty(SERVERS_PROPERTY), System.getenv(SERVERS_ENV));
        if (configured != null) {
            requireAddresses(configured);
        }
        return configured;
    }

    /**
     * Checks what the environment configures (the bootstrap list, the client config file) without
     * connecting or starting anything.
     *
     * @throws BadEnvironmentException with one line saying what is wrong
     */
    public static void validate() {
        configuredServers();
        clientConfigFile().ifPresent(ClientConfigFile::load);
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
        clientConfigFile().ifPresent(file -> properties.putAll(ClientConfigFile.load(file)));
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers());
        return properties;
    }

    private static Optional<Path> clientConfigFile() {
        return Optional.ofNullable(firstNonBlank(System.getProperty(CLIENT_CONFIG_PROPERTY), System.getenv(CLIENT_CONFIG_ENV)))
                .map(Path::of);
    }

    private static void requireAddresses(String bootstrapServers) {
        for (String address : bootstrapServers.split(",")) {
            parseAddress(bootstrapServers, address.trim());
        }
    }

    /** The address as host (group 1) and port (group 2), or a {@link BadEnvironmentException} naming the list. */
    private static Matcher parseAddress(String bootstrapServers, String address) {
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) < 1 || Integer.parseInt(matcher.group(2)) > 65535) {
            throw new BadEnvironmentException("KAFKA_BOOTSTRAP_SERVERS (or -D" + SERVERS_PROPERTY + ") is '"
                    + bootstrapServers + "': '" + address + "' is not a host:port address. Write e.g. "
                    + "127.0.0.1:9092, or a comma-separated list of them.");
        }
        return matcher;
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
        Matcher matcher = parseAddress(hostAndPort, hostAndPort);
        String host = matcher.group(1).replace("[", "").replace("]", "");
        int port = Integer.parseInt(matcher.group(2));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
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
