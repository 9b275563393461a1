package dev.kafkalabs.support.broker;

import java.nio.file.Path;
import java.util.Optional;

/** A Kafka cluster that clients can reach; closing it stops it when this JVM started it. */
public interface RunningBroker extends AutoCloseable {

    String bootstrapServers();

    /** One line for logs: what kind of broker this is and where. */
    String description();

    /** The client settings file this broker needs ({@code KAFKA_CLIENT_CONFIG}), for a secured broker. */
    default Optional<Path> clientConfig() {
        return Optional.empty();
    }

    @Override
    void close();
}
