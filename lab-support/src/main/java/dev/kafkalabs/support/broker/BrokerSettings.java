package dev.kafkalabs.support.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The single-node broker's settings besides its addresses, read from
 * {@code single-node-broker.properties} beside this class (where each one says why): the one list the
 * embedded broker, the Testcontainers broker and {@code docker-compose.yml} share.
 */
public final class BrokerSettings {

    private static final String RESOURCE = "single-node-broker.properties";

    private BrokerSettings() {
    }

    /** A fresh copy of the settings. */
    public static Properties singleNode() {
        Properties settings = new Properties();
        try (InputStream in = BrokerSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from lab-support");
            }
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return settings;
    }

    /**
     * The settings as the {@code apache/kafka} image takes them: {@code KAFKA_} and the key in upper case
     * with dots as underscores ({@code group.initial.rebalance.delay.ms} to
     * {@code KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS}).
     */
    public static Map<String, String> asDockerEnvironment(Properties settings) {
        Map<String, String> environment = new TreeMap<>();
        settings.stringPropertyNames().forEach(key -> environment.put(
                "KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), settings.getProperty(key)));
        return environment;
    }
}
