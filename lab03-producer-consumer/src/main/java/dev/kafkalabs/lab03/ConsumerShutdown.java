package dev.kafkalabs.lab03;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * The clean-shutdown pattern of exercise 3.2, ready-made for the later exercises: on Ctrl-C or SIGTERM
 * a shutdown hook wakes the consumer (its {@code poll} throws {@code WakeupException}) and waits for the
 * poll loop, which closes the consumer in its {@code finally}.
 */
public final class ConsumerShutdown {

    private static final Duration LOOP_GRACE = Duration.ofSeconds(10);

    private ConsumerShutdown() {
    }

    /** Call from the thread that runs the poll loop, before the loop starts. */
    public static void wakeOnExit(Consumer<?, ?> consumer) {
        Thread loop = Thread.currentThread();
        Sigterm.exitsNormally();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.wakeup();
            try {
                loop.join(LOOP_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer-shutdown"));
    }
}
