package dev.kafkalabs.ui;

import dev.kafkalabs.support.BadEnvironmentException;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./labs ui [--port N]}: a live view of the cluster in a local web page, for a class to watch
 * while the labs run. It looks at the cluster the broker rule names ({@code KAFKA_BOOTSTRAP_SERVERS},
 * else 127.0.0.1:9092, where {@code ./labs broker} listens) and only reads: it starts no broker, and
 * while none answers the page says so and waits for one.
 */
public final class ClassroomUi implements AutoCloseable {

    static final int DEFAULT_PORT = 8080;
    static final String USAGE = "./labs ui [--port N]   (default port " + DEFAULT_PORT + "; the page is served on 127.0.0.1 only)";

    private final Broadcaster broadcaster = new Broadcaster();
    private final RecordTail tail;
    private final ClusterWatcher watcher;
    private final UiServer server;

    private ClassroomUi(Properties clientConfig, int port) {
        tail = new RecordTail(clientConfig, broadcaster::records, broadcaster::tail);
        broadcaster.tail(tail.state());
        watcher = new ClusterWatcher(clientConfig, broadcaster::view, tail::topicsNow);
        server = UiServer.start(port, broadcaster, tail);
        watcher.start();
    }

    /**
     * Serves the page on {@code port} (0: any free one) for the cluster {@code clientConfig} names.
     *
     * @throws UiServer.PortTakenException when the port is in use
     */
    static ClassroomUi start(Properties clientConfig, int port) {
        return new ClassroomUi(clientConfig, port);
    }

    int port() {
        return server.port();
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        int port;
        Properties clientConfig;
        try {
            Args args = Args.parse(argv, USAGE, List.of("port"), List.of());
            port = args.port("port", DEFAULT_PORT);
            clientConfig = KafkaBootstrap.configuredClientProperties();
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return e.helpRequested() ? 0 : 2;
        } catch (BadEnvironmentException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        }
        ClassroomUi ui;
        try {
            ui = start(clientConfig, port);
        } catch (UiServer.PortTakenException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        }
        System.out.printf("Classroom view of the cluster at %s: open http://%s:%d/ in a browser. Ctrl-C stops it.%n",
                KafkaBootstrap.servers(), UiServer.HOST, ui.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ui.close();
            stopped.countDown();
        }, "ui-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public void close() {
        watcher.close();
        tail.close();
        server.close();
    }
}
