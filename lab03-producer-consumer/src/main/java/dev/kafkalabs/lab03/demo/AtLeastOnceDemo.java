package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.util.List;

/**
 * Lab 3.5 - at-least-once, live: your {@code AtLeastOnceConsumer} is frozen in the middle of the stream and
 * killed with SIGKILL, a replacement finishes the job; nothing is missing, a few records are processed twice.
 */
public final class AtLeastOnceDemo {

    static final String USAGE = "AtLeastOnceDemo [--events N] [--crash-at N]";

    private AtLeastOnceDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events", "crash-at"), List.of());
        int events = (int) args.positive("events", 200, 20);
        int crashAt = (int) args.positive("crash-at", 77, 1);
        if (crashAt >= events) {
            throw new UsageException("--crash-at must be below --events.\nUsage: " + USAGE);
        }
        System.out.printf("At-least-once: commit what was processed, every few records; crash after record #%d%n",
                crashAt);
        CrashDrill.run(Guarantee.AT_LEAST_ONCE, events, crashAt, 3, 10);
    }
}
