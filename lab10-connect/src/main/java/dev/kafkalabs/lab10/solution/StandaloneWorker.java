package dev.kafkalabs.lab10.solution;

import dev.kafkalabs.lab10.ConnectWorker;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * Lab 10.1 - a Kafka Connect standalone worker in this JVM: what {@code bin/connect-standalone.sh}
 * starts, without installing Kafka.
 */
public final class StandaloneWorker implements ConnectWorker {

    private static final long ACCEPT_TIMEOUT_SECONDS = 30;

    private final Connect<StandaloneHerder> connect;

    /** Starts a worker with {@code workerSettings} (the settings of a {@code connect-standalone.properties}). */
    public StandaloneWorker(Map<String, String> workerSettings) {
        this.connect = startConnect(workerSettings);
    }

    private static Connect<StandaloneHerder> startConnect(Map<String, String> workerSettings) {
        return new ConnectStandalone().startConnect(workerSettings);
    }

    @Override
    public void addConnector(Map<String, String> connectorConfig) {
        String name = connectorConfig.get(ConnectorConfig.NAME_CONFIG);
        FutureCallback<Herder.Created<ConnectorInfo>> accepted = new FutureCallback<>();
        submit(connect.herder(), name, connectorConfig, accepted);
        awaitAccepted(name, accepted);
    }

    private static void submit(StandaloneHerder herder, String name, Map<String, String> connectorConfig,
                               FutureCallback<Herder.Created<ConnectorInfo>> accepted) {
        // allowReplace=false: a second connector with the same name is a mistake, not an update.
        herder.putConnectorConfig(name, connectorConfig, false, accepted);
    }

    @Override
    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    @Override
    public Connect<StandaloneHerder> runtime() {
        return connect;
    }

    @Override
    public void close() {
        // stop() also writes the source tasks' last positions to the offsets file.
        connect.stop();
        connect.awaitStop();
    }

    private static void awaitAccepted(String name, FutureCallback<Herder.Created<ConnectorInfo>> accepted) {
        try {
            accepted.get(ACCEPT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The worker refused connector '" + name + "': "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The worker did not accept connector '" + name + "' within "
                    + ACCEPT_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding connector '" + name + "'", e);
        }
    }
}
