package dev.kafkalabs.ui;

import dev.kafkalabs.support.KafkaBootstrap;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * Reads the cluster every {@link #INTERVAL} and hands each view to the page. When no broker answers the
 * view says so, and the next reads try again: a broker that appears later is picked up by itself.
 */
final class ClusterWatcher implements AutoCloseable {

    /**
     * The pause between two reads. A change waits at most this long plus one read (100-200 ms on a busy
     * laptop) before it is on the page: well under a second, for a handful of small requests per read.
     */
    static final Duration INTERVAL = Duration.ofMillis(300);

    private final Properties clientConfig;
    private final String bootstrap;
    private final ChangeLog changes = new ChangeLog();
    private final Consumer<ClusterView> onView;
    private final Consumer<Set<String>> onTopics;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cluster-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private Admin admin;

    /**
     * @param onView   receives every view, on the watcher's thread
     * @param onTopics receives the topic names of every view that reached the cluster
     */
    ClusterWatcher(Properties clientConfig, Consumer<ClusterView> onView, Consumer<Set<String>> onTopics) {
        this.clientConfig = clientConfig;
        this.bootstrap = clientConfig.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        this.onView = onView;
        this.onTopics = onTopics;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::readOnce, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readOnce() {
        ClusterView view;
        try {
            view = read();
        } catch (RuntimeException e) {
            // A failed read must not end the schedule: the next one may succeed.
            closeAdmin();
            view = ClusterView.unavailable(bootstrap, "Reading the cluster at " + bootstrap + " failed: " + e, changes.recent());
        }
        if (view.problem() == null) {
            onTopics.accept(view.topics().stream().map(ClusterView.TopicView::name).collect(Collectors.toSet()));
        }
        onView.accept(view);
    }

    private ClusterView read() {
        if (!KafkaBootstrap.isListening(bootstrap)) {
            closeAdmin();
            return ClusterView.unavailable(bootstrap, KafkaBootstrap.unreachableMessage(bootstrap), changes.recent());
        }
        try {
            ClusterView view = new ClusterReader(admin()).read(bootstrap);
            return view.withEvents(changes.record(view, System.currentTimeMillis()));
        } catch (ExecutionException e) {
            closeAdmin();
            String why = e.getCause() instanceof AuthenticationException
                    ? "it refused this client's credentials (check KAFKA_CLIENT_CONFIG): " + e.getCause().getMessage()
                    : e.getCause().getMessage();
            return ClusterView.unavailable(bootstrap, "The cluster at " + bootstrap + " did not answer: " + why, changes.recent());
        } catch (TimeoutException e) {
            closeAdmin();
            return ClusterView.unavailable(bootstrap, "Something listens at " + bootstrap + " but does not answer as Kafka within "
                    + ClusterReader.CALL_TIMEOUT.toSeconds() + " s (still starting?).", changes.recent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClusterView.unavailable(bootstrap, "Stopping.", changes.recent());
        }
    }

    private Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.putAll(clientConfig);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "classroom-ui");
            // A read that waits longer than this would leave the page behind: report it and try again.
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ClusterReader.CALL_TIMEOUT.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ClusterReader.CALL_TIMEOUT.toMillis());
            admin = Admin.create(config);
        }
        return admin;
    }

    /** A fresh client after a failure, so that a broker restarted at the same address starts from clean metadata. */
    private void closeAdmin() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAdmin();
    }
}
