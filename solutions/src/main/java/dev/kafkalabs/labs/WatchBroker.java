package dev.kafkalabs.labs;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import java.io.PrintStream;

/**
 * The broker {@code ./labs watch} checks against for as long as it watches: the configured cluster
 * ({@code KAFKA_BOOTSTRAP_SERVERS}), else the one {@code ./labs broker} serves at 127.0.0.1:9092, else an
 * embedded broker it starts and keeps. When the broker stops answering, it starts a new embedded one
 * and says so. Closing stops only a broker it started.
 */
final class WatchBroker implements AutoCloseable {

    private final PrintStream out;
    private String bootstrap;
    private EmbeddedKafkaBroker own;

    WatchBroker(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    /** The broker already running: the configured one, or one listening at 127.0.0.1:9092; else null. */
    static String runningBroker() {
        String configured = KafkaBootstrap.configuredServers();
        if (configured != null) {
            return configured;
        }
        return KafkaBootstrap.isListening(KafkaBootstrap.DEFAULT_SERVERS) ? KafkaBootstrap.DEFAULT_SERVERS : null;
    }

    /** Finds the running broker or starts one. */
    static WatchBroker findOrStart(PrintStream out) {
        WatchBroker broker = new WatchBroker(runningBroker(), out);
        if (broker.bootstrap != null) {
            out.println("Using the broker at " + broker.bootstrap + ".");
        } else {
            broker.startOwn("No broker at " + KafkaBootstrap.DEFAULT_SERVERS + ": starting one for this watch");
        }
        return broker;
    }

    /** The address of a broker that listens now: the same one, or a new one when it stopped. */
    synchronized String ensureAlive() {
        if (bootstrap == null || !KafkaBootstrap.isListening(bootstrap)) {
            if (own != null) {
                own.close();
                own = null;
            }
            startOwn("The broker at " + bootstrap + " stopped answering: starting a new one");
        }
        return bootstrap;
    }

    private void startOwn(String why) {
        out.println(why + " ...");
        long start = System.nanoTime();
        own = EmbeddedKafkaBroker.start();
        bootstrap = own.bootstrapServers();
        out.printf("Kafka broker ready at %s (%d ms); it stops when the watch ends.%n", bootstrap,
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public synchronized void close() {
        if (own != null) {
            own.close();
            own = null;
            out.println("Stopped the broker this watch started.");
        }
    }
}
