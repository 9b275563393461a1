package dev.kafkalabs.support.broker;

import dev.kafkalabs.support.BrokerUnreachableException;
import dev.kafkalabs.support.KafkaBootstrap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker rule, in one place:
 * <ol>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} / {@code -Dkafka.bootstrap.servers} set: use that cluster;</li>
 *   <li>{@code -Dlab.broker=docker}, or Docker is available: a Testcontainers broker, falling back to 3
 *       with one clear line if it cannot start;</li>
 *   <li>otherwise an {@link EmbeddedKafkaBroker}.</li>
 * </ol>
 * {@code -Dlab.broker=embedded} skips the Docker attempt. {@code -Dlab.broker=docker-strict} (for CI's
 * Docker leg) demands the container and fails instead of falling back, so that a green run proves the
 * checks met a broker in Docker. {@code -Dlab.broker=secure} starts an embedded broker whose clients must
 * use SASL_SSL (see {@link EmbeddedKafkaBroker#startSecure(int)}).
 */
public final class Brokers {

    public static final String BROKER_KIND_PROPERTY = "lab.broker";
    private static final Logger LOG = LoggerFactory.getLogger(Brokers.class);

    private Brokers() {
    }

    /** A broker for this JVM according to the rule above. The caller closes it. */
    public static RunningBroker acquire() {
        String external = KafkaBootstrap.configuredServers();
        if (external != null) {
            if (!BrokerProbe.listensAndAnswers(KafkaBootstrap.configuredClientProperties())) {
                throw new BrokerUnreachableException(KafkaBootstrap.unreachableMessage(external));
            }
            return new ExternalBroker(external);
        }
        return ofKind(System.getProperty(BROKER_KIND_PROPERTY, "auto"));
    }

    /** A broker of {@code kind}, a value of {@value #BROKER_KIND_PROPERTY}. The caller closes it. */
    static RunningBroker ofKind(String kindName) {
        String kind = kindName.toLowerCase(Locale.ROOT);
        switch (kind) {
            case "embedded":
                return EmbeddedKafkaBroker.start();
            case "docker":
                return startContainerOrEmbedded(true);
            case "auto":
                return startContainerOrEmbedded(false);
            case "docker-strict":
                return startContainerOrFail();
            case "secure":
                return EmbeddedKafkaBroker.startSecure(0);
            default:
                throw new IllegalArgumentException("-D" + BROKER_KIND_PROPERTY + "=" + kind
                        + " is not a broker kind; use embedded, secure, docker or docker-strict (or leave it unset).");
        }
    }

    /**
     * Points every client of this JVM (and the child JVMs it starts) at {@code broker}: its address, and
     * for a secured broker its client settings file.
     */
    public static void publish(RunningBroker broker) {
        clientProperties(broker).forEach(System::setProperty);
    }

    /**
     * The system properties that point a JVM's clients at {@code broker}: its address, and for a secured
     * broker its client settings file. {@link #publish} sets them here; a launcher passes them to the JVMs it
     * starts as {@code -Dname=value}.
     */
    public static Map<String, String> clientProperties(RunningBroker broker) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(KafkaBootstrap.SERVERS_PROPERTY, broker.bootstrapServers());
        broker.clientConfig().ifPresent(file -> properties.put(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, file.toString()));
        return properties;
    }

    private static RunningBroker startContainerOrFail() {
        if (!ContainerBroker.dockerAvailable()) {
            throw new IllegalStateException("-D" + BROKER_KIND_PROPERTY + "=docker-strict but no Docker daemon answers.");
        }
        try {
            return ContainerBroker.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("-D" + BROKER_KIND_PROPERTY + "=docker-strict but the Kafka container did not start: "
                    + e.getMessage(), e);
        }
    }

    private static RunningBroker startContainerOrEmbedded(boolean asked) {
        if (!ContainerBroker.dockerAvailable()) {
            if (asked) {
                LOG.warn("-D{}=docker but no Docker daemon answers: using the embedded broker instead.",
                        BROKER_KIND_PROPERTY);
            }
            return EmbeddedKafkaBroker.start();
        }
        try {
            return ContainerBroker.start();
        } catch (RuntimeException e) {
            LOG.warn("The Kafka container did not start ({}): using the embedded broker instead.", e.getMessage());
            return EmbeddedKafkaBroker.start();
        }
    }
}
