package dev.kafkalabs.support.broker;

/** A cluster someone else runs; closing it does nothing. */
final class ExternalBroker implements RunningBroker {

    private final String bootstrapServers;

    ExternalBroker(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String description() {
        return "external Kafka cluster at " + bootstrapServers;
    }

    @Override
    public void close() {
    }
}
