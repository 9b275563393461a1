package dev.kafkalabs.lab10;

import java.net.URI;
import java.util.Map;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;

/** A Kafka Connect standalone worker running in this JVM: what both sides of exercise 10.1 offer. */
public interface ConnectWorker extends AutoCloseable {

    /**
     * Hands a connector's configuration to the worker, as {@code connect-standalone.sh} does with each
     * connector file named on its command line, and returns once the worker has accepted it.
     */
    void addConnector(Map<String, String> connectorConfig);

    /** The address the worker's REST API really listens on (with port 0 in the settings: the port it got). */
    URI restUrl();

    /** The Connect runtime itself: its herder runs the connectors, its REST server answers HTTP. */
    Connect<StandaloneHerder> runtime();

    /** Stops the worker and waits until it has: its connectors' last positions are in the offsets file. */
    @Override
    void close();
}
