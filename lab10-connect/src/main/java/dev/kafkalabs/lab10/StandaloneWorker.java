package dev.kafkalabs.lab10;

import java.util.Map;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;

/**
 * A Kafka Connect standalone worker running inside this JVM: what {@code bin/connect-standalone.sh
 * connect-standalone.properties} starts, without installing Kafka. It starts with no connector; you add
 * connectors through its REST API ({@link #rest()}), as you would on a worker you did not start yourself.
 *
 * <p>This is the lab's machinery, not an exercise (see {@link InProcessWorker}).
 */
public final class StandaloneWorker extends InProcessWorker {

    private StandaloneWorker(Connect<StandaloneHerder> connect) {
        super(connect);
    }

    /**
     * Starts a worker with {@code workerSettings} (the settings of a {@code connect-standalone.properties},
     * see {@link ConnectConfig#inProcessWorker}) and returns once its REST API answers.
     */
    public static StandaloneWorker start(Map<String, String> workerSettings) {
        return new StandaloneWorker(new ConnectStandalone().startConnect(workerSettings));
    }
}
