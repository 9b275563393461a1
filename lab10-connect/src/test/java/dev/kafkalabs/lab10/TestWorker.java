package dev.kafkalabs.lab10;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A standalone worker the checks start themselves, independent of the exercise code: the setting in which
 * the REST client (10.3), the sink's configuration (10.2) and the stored offsets (10.4) are checked.
 */
final class TestWorker implements AutoCloseable {

    private final Connect<StandaloneHerder> connect;

    private TestWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    static TestWorker start(Map<String, String> workerSettings) {
        return new TestWorker(new ConnectStandalone().startConnect(workerSettings));
    }

    void addConnector(Map<String, String> connectorConfig) throws Exception {
        FutureCallback<Herder.Created<ConnectorInfo>> accepted = new FutureCallback<>();
        connect.herder().putConnectorConfig(connectorConfig.get(ConnectorConfig.NAME_CONFIG), connectorConfig,
                false, accepted);
        accepted.get(30, TimeUnit.SECONDS);
    }

    URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    /** The connector's status as the worker itself knows it (not through HTTP). */
    ConnectorStateInfo status(String connector) {
        return connect.herder().connectorStatus(connector);
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
