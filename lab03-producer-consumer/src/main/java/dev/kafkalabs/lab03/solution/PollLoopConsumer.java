package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.PrintingConsumer;
import dev.kafkalabs.lab03.RecordPrinter;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 3.2 - a consumer poll loop that prints every record and stops cleanly on Ctrl-C or SIGTERM: a
 * shutdown hook wakes the consumer, whose {@code poll} then throws {@link WakeupException}; the loop ends,
 * {@code close()} runs (committing, because auto-commit is on, and leaving the group), and only then may
 * the JVM exit - the hook waits for it.
 */
public final class PollLoopConsumer implements PrintingConsumer {

    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    @Override
    public void consume(Properties props, String topic, RecordPrinter printer) {
        // try-with-resources is the "close() in finally": it runs however the loop ends.
        try (KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            wakeUpOnShutdown(consumer, Thread.currentThread());
            consumer.subscribe(List.of(topic));
            while (true) {
                for (ConsumerRecord<Integer, String> record : consumer.poll(POLL_TIMEOUT)) {
                    printer.print(record);
                }
            }
        } catch (WakeupException e) {
            System.out.println("Poll loop woken up: leaving it.");
        }
    }

    /** On Ctrl-C or SIGTERM: wake the consumer, then wait until the poll loop has closed it. */
    static void wakeUpOnShutdown(Consumer<?, ?> consumer, Thread loopThread) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Shutdown requested: waking up the consumer ...");
            consumer.wakeup();
            try {
                loopThread.join(SHUTDOWN_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer-shutdown"));
    }
}
