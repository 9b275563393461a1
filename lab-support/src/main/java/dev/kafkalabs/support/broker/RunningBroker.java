package dev.kafkalabs.support.broker;

/** A Kafka cluster that clients can reach; closing it stops it when this JVM started it. */
public interface RunningBroker extends AutoCloseable {

    String bootstrapServers();

    /** One line for logs: what kind of broker this is and where. */
    String description();

    @Override
    void close();
}
