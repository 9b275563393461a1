package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.util.List;

/**
 * Lab 3.7 - at-most-once, live: your {@code AtMostOnceConsumer} is frozen in the middle of the stream and
 * killed with SIGKILL, a replacement finishes the job; nothing is processed twice, the rest of the batch is lost.
 */
public final class AtMostOnceDemo {

    static final String USAGE = "AtMostOnceDemo [--events N] [--crash-at N]";

    private AtMostOnceDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events", "crash-at"), List.of());
        int events = (int) args.positive("events", 200, 20);
        int crashAt = (int) args.positive("crash-at", 77, 1);
        if (crashAt >= events) {
            throw new UsageException("--crash-at must be below --events.\nUsage: " + USAGE);
        }
        System.out.printf("At-most-once: commit each batch before processing it; crash after record #%d%n",
                crashAt);
        CrashDrill.run(Guarantee.AT_MOST_ONCE, events, crashAt, 3, 10);
    }
}
