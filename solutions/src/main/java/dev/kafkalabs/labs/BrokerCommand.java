package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import dev.kafkalabs.support.broker.PortInUseException;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code ./labs broker [--port N]}: an embedded Kafka broker in the foreground until Ctrl-C. */
final class BrokerCommand {

    int run(String[] argv) {
        Args args = Args.parse(argv, "./labs broker [--port N]", List.of("port"), List.of());
        int port = args.intValue("port", 9092);
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be a TCP port (1-65535), not " + port + ".");
        }
        System.out.println("Starting a Kafka broker on 127.0.0.1:" + port + " ...");
        long start = System.nanoTime();
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(port);
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.printf("Kafka broker ready at %s (started in %d ms).%n", broker.bootstrapServers(),
                (System.nanoTime() - start) / 1_000_000);
        if (port != 9092) {
            System.out.printf("Other terminals: export KAFKA_BOOTSTRAP_SERVERS=%s%n", broker.bootstrapServers());
        } else {
            System.out.println("./labs run in other terminals will use it. Press Ctrl-C to stop (its data is deleted).");
        }
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
