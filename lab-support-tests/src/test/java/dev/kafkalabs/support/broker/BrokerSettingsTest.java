package dev.kafkalabs.support.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The embedded broker, the Testcontainers broker and docker-compose.yml run with one list of settings. */
class BrokerSettingsTest {

    /** What docker-compose.yml sets about the node itself (addresses, roles), not shared settings. */
    private static final Set<String> TOPOLOGY = Set.of("KAFKA_NODE_ID", "KAFKA_PROCESS_ROLES", "KAFKA_LISTENERS",
            "KAFKA_ADVERTISED_LISTENERS", "KAFKA_CONTROLLER_LISTENER_NAMES", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
            "KAFKA_CONTROLLER_QUORUM_VOTERS");
    private static final Pattern ENVIRONMENT_LINE = Pattern.compile("^\\s+(KAFKA_[A-Z0-9_]+):\\s*\"?([^\"#]*?)\"?\\s*$");

    private final Properties settings = BrokerSettings.singleNode();

    @Test
    void theEmbeddedBrokerRunsWithEverySharedSetting(@org.junit.jupiter.api.io.TempDir Path dir) {
        Properties config = EmbeddedKafkaBroker.serverConfig(dir, 9092, 9093);

        settings.stringPropertyNames().forEach(key -> assertThat(config.getProperty(key))
                .as("embedded broker setting %s", key).isEqualTo(settings.getProperty(key)));
    }

    @Test
    void theContainerGetsTheSameSettings() {
        assertThat(ContainerBroker.environment()).as("the Kafka container's environment")
                .isEqualTo(BrokerSettings.asDockerEnvironment(settings))
                .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_GROUP_CONSUMER_HEARTBEAT_INTERVAL_MS", "500");
    }

    @Test
    void dockerComposeSetsTheSameSettings() throws IOException {
        Map<String, String> compose = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docker-compose.yml"))) {
            Matcher matcher = ENVIRONMENT_LINE.matcher(line);
            if (matcher.matches() && !TOPOLOGY.contains(matcher.group(1))) {
                compose.put(matcher.group(1), matcher.group(2).strip());
            }
        }
        assertThat(compose).as("docker-compose.yml's KAFKA_* settings besides the node's addresses and roles")
                .isEqualTo(BrokerSettings.asDockerEnvironment(settings));
    }
}
