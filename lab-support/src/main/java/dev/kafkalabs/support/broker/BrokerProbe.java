package dev.kafkalabs.support.broker;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Asks a cluster whether it answers, with short timeouts so an absent broker is noticed quickly. */
public final class BrokerProbe {

    private BrokerProbe() {
    }

    /** True when a broker at {@code bootstrapServers} answers a metadata request within {@code timeout}. */
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
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the broker answers, or fails with the address tried. */
    public static void awaitReady(String bootstrapServers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers(bootstrapServers, Duration.ofSeconds(2))) {
                return;
            }
        }
        throw new IllegalStateException("The broker at " + bootstrapServers + " did not answer within " + timeout);
    }
}
