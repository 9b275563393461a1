package dev.kafkalabs.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The optional client settings file ({@code KAFKA_CLIENT_CONFIG}): security settings for a real cluster.
 * Read strictly: a missing file, a file that is not a properties file, or a setting that no Kafka client
 * knows (a typo such as {@code sasl.mechansim} would otherwise be ignored with a warning, and the
 * client would fail much later with a puzzling authentication error) is a {@link BadEnvironmentException}.
 */
final class ClientConfigFile {

    private static final Set<String> KNOWN = knownSettings();

    private ClientConfigFile() {
    }

    static Properties load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadEnvironmentException("KAFKA_CLIENT_CONFIG points at " + file.toAbsolutePath()
                    + ", which is not a readable file.");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadEnvironmentException("KAFKA_CLIENT_CONFIG " + file.toAbsolutePath()
                    + " is not a readable properties file: " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KNOWN.contains(key)) {
                throw new BadEnvironmentException("KAFKA_CLIENT_CONFIG " + file.toAbsolutePath() + " sets '" + key
                        + "', which no Kafka client knows" + suggestion(key) + ".");
            }
        }
        return properties;
    }

    private static String suggestion(String key) {
        return KNOWN.stream()
                .min(Comparator.comparingInt(known -> distance(known, key)))
                .filter(closest -> distance(closest, key) <= 3)
                .map(closest -> " (did you mean '" + closest + "'?)")
                .orElse("");
    }

    /** Levenshtein distance: how many single-character edits turn one string into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> knownSettings() {
        Set<String> known = new HashSet<>();
        known.addAll(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        return known;
    }
}
