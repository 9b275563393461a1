package dev.kafkalabs.support.broker;

import dev.kafkalabs.support.BadEnvironmentException;
import dev.kafkalabs.support.Waiting;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.AuthenticationException;

/** Asks a cluster whether it answers, with short timeouts so an absent broker is noticed quickly. */
public final class BrokerProbe {

    /**
     * How long a broker that accepts connections may take to answer: long enough for a TLS and SCRAM
     * handshake on a machine busy with other builds. (Where nothing listens, callers find out at once
     * with {@link dev.kafkalabs.support.KafkaBootstrap#isListening}.)
     */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private BrokerProbe() {
    }

    /** True when something listens at {@code clientConfig}'s bootstrap address and answers as Kafka within {@link #PATIENCE}. */
    public static boolean listensAndAnswers(Properties clientConfig) {
        String servers = clientConfig.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        return dev.kafkalabs.support.KafkaBootstrap.isListening(servers) && answers(clientConfig, PATIENCE);
    }

    /**
     * True when a broker at {@code bootstrapServers} answers a metadata request within {@code timeout}.
     *
     * @throws BadEnvironmentException when a broker answers but refuses the client's credentials
     */
    public static boolean answers(String bootstrapServers, Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return answers(config, timeout);
    }

    /** Like {@link #answers(String, Duration)}, with full client settings (for secured clusters). */
    public static boolean answers(Properties clientConfig, Duration timeout) {
        int timeoutMs = (int) timeout.toMillis();
        Properties config = new Properties();
        config.putAll(clientConfig);
        // Fail fast: the defaults retry for a minute before giving up on an absent broker.
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000L);
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1000L);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .clusterId().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException refused) {
                throw new BadEnvironmentException("The broker at " + config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                        + " refused this client's credentials or certificate (check KAFKA_CLIENT_CONFIG): "
                        + refused.getMessage());
            }
            return false;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the broker answers, or fails with the address tried. */
    public static void awaitReady(String bootstrapServers, Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        awaitReady(config, timeout);
    }

    /** Like {@link #awaitReady(String, Duration)}, with full client settings (for secured clusters). */
    public static void awaitReady(Properties clientConfig, Duration timeout) {
        Waiting.await("the broker at " + clientConfig.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                + " to answer", timeout, () -> answers(clientConfig, Duration.ofSeconds(2)));
    }
}
