package dev.kafkalabs.support.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kafkalabs.support.KafkaBootstrap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokersTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(Brokers.BROKER_KIND_PROPERTY);
        System.clearProperty(KafkaBootstrap.SERVERS_PROPERTY);
    }

    @Test
    void askingForDockerWithoutDockerFallsBackToTheEmbeddedBroker() {
        assumeFalse(ContainerBroker.dockerAvailable(), "Docker is available here: the fallback cannot be shown");
        System.setProperty(Brokers.BROKER_KIND_PROPERTY, "docker");

        try (RunningBroker broker = Brokers.acquire()) {
            assertThat(broker).as("the broker when Docker was asked for but is absent").isInstanceOf(EmbeddedKafkaBroker.class);
            assertThat(broker.description()).startsWith("embedded Kafka broker at 127.0.0.1:");
        }
    }

    @Test
    void anUnreachableExternalClusterIsReportedWithItsAddress() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "127.0.0.1:1");

        assertThatThrownBy(Brokers::acquire)
                .hasMessageContaining("No Kafka broker answers at 127.0.0.1:1")
                .hasMessageContaining("./labs broker");
    }

    @Test
    void anUnknownBrokerKindIsRejected() {
        System.setProperty(Brokers.BROKER_KIND_PROPERTY, "kraftwerk");

        assertThatThrownBy(Brokers::acquire)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use embedded, secure, docker or docker-strict");
    }

    @Test
    void dockerStrictFailsWithoutDockerInsteadOfFallingBack() {
        assumeFalse(ContainerBroker.dockerAvailable(), "Docker is available here: strict mode would start a container");
        System.setProperty(Brokers.BROKER_KIND_PROPERTY, "docker-strict");

        assertThatThrownBy(Brokers::acquire)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("docker-strict but no Docker daemon answers");
    }
}
