package dev.kafkalabs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBootstrapTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(KafkaBootstrap.SERVERS_PROPERTY);
        System.clearProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY);
    }

    @Test
    void anAbsentBrokerIsReportedAtOnceWithItsAddressAndWhatToDo() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "127.0.0.1:1");

        long start = System.nanoTime();
        assertThatThrownBy(KafkaBootstrap::clientProperties)
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("No Kafka broker answers at 127.0.0.1:1")
                .hasMessageContaining("./labs broker");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to notice nothing listens").isLessThan(3000);
    }

    @Test
    void aClientConfigFileAddsItsSettingsButNotItsBootstrapList(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "security.protocol=SASL_SSL\nbootstrap.servers=elsewhere:9093\n");
        System.setProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, config.toString());
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "broker.example:9092");

        var properties = KafkaBootstrap.configuredClientProperties();

        assertThat(properties.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(properties.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("broker.example:9092");
    }

    @Test
    void aMissingClientConfigFileIsNamed() {
        System.setProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, "/no/such/client.properties");

        assertThatThrownBy(KafkaBootstrap::configuredClientProperties)
                .hasMessageContaining("KAFKA_CLIENT_CONFIG points at /no/such/client.properties");
    }
}
