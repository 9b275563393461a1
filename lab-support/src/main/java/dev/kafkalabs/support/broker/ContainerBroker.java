package dev.kafkalabs.support.broker;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** A broker in Docker ({@code apache/kafka} at the project's Kafka version), via Testcontainers. */
final class ContainerBroker implements RunningBroker {

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    /** True when a Docker daemon answers; quick (about 0.2 s) when there is none. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts the container, configured with the same settings as the embedded broker
     * ({@link BrokerSettings}); throws when Docker cannot run it.
     */
    static ContainerBroker start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:" + AppInfoParser.getVersion())
                .withEnv(environment());
        try {
            container.start();
            return new ContainerBroker(container);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
    }

    /** The container's KAFKA_* settings: the embedded broker's, as the apache/kafka image reads them. */
    static java.util.Map<String, String> environment() {
        return BrokerSettings.asDockerEnvironment(BrokerSettings.singleNode());
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Kafka in Docker (" + container.getDockerImageName() + ") at " + bootstrapServers();
    }

    @Override
    public void close() {
        container.close();
    }
}
