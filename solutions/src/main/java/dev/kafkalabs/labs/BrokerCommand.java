package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import dev.kafkalabs.support.broker.PortInUseException;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./labs broker [--port N] [--data-dir DIR | --secure]}: an embedded Kafka broker in the foreground
 * until Ctrl-C. Its data is deleted at exit, unless {@code --data-dir} names where to keep it (for
 * instructors who prepare topics before class). {@code --secure} opens a SASL_SSL listener instead and
 * prints the two lines other terminals need.
 */
final class BrokerCommand {

    int run(String[] argv) {
        Args args = Args.parse(argv, Command.BROKER.synopsis(), List.of("port", "data-dir"),
                List.of("secure"));
        boolean secure = args.flag("secure");
        int port = args.port("port", 9092);
        Path dataDir = args.valueOrNull("data-dir") == null ? null : Path.of(args.valueOrNull("data-dir")).toAbsolutePath();
        if (dataDir != null && Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new UsageException("--data-dir " + dataDir + " is a file, not a directory.");
        }
        if (secure && dataDir != null) {
            throw new UsageException("--secure makes a new certificate and password each time: it does not combine with --data-dir.");
        }
        System.out.println("Starting a Kafka broker on 127.0.0.1:" + port + " ...");
        long start = System.nanoTime();
        EmbeddedKafkaBroker broker;
        try {
            broker = secure ? EmbeddedKafkaBroker.startSecure(port) : EmbeddedKafkaBroker.start(port, dataDir);
        } catch (PortInUseException e) {
            System.err.println("✗ " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("✗ The broker did not start: " + e.getMessage());
            return 1;
        }
        System.out.printf("Kafka broker ready at %s (started in %d ms).%n", broker.bootstrapServers(),
                (System.nanoTime() - start) / 1_000_000);
        if (broker.clientConfig().isPresent()) {
            Path clientConfig = broker.clientConfig().get();
            System.out.printf("Clients must use SASL_SSL (SCRAM-SHA-256). In other terminals:%n"
                    + "  export KAFKA_BOOTSTRAP_SERVERS=%s%n  export KAFKA_CLIENT_CONFIG=%s%n"
                    + "CA certificate as PEM, for clients in other languages: %s%n",
                    broker.bootstrapServers(), clientConfig, clientConfig.resolveSibling("ca.pem"));
        } else if (port != 9092) {
            System.out.printf("Other terminals: export KAFKA_BOOTSTRAP_SERVERS=%s%n", broker.bootstrapServers());
        } else {
            System.out.println("./labs run in other terminals will use it.");
        }
        System.out.println(dataDir == null
                ? "Press Ctrl-C to stop (its data is deleted)."
                : "Press Ctrl-C to stop. Topics are kept in " + dataDir + " for the next ./labs broker --data-dir.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the broker ...");
            broker.close();
            System.out.println("Broker stopped.");
            stopped.countDown();
        }, "broker-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
