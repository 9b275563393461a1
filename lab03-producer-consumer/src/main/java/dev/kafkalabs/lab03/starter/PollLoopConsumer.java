package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.PrintingConsumer;
import dev.kafkalabs.lab03.RecordPrinter;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Lab 3.2 - a consumer poll loop that prints every record and stops cleanly on Ctrl-C or SIGTERM: a
 * shutdown hook gets the consumer out of its {@code poll}, the loop ends, {@code close()} runs, and only
 * then may the JVM exit.
 */
public final class PollLoopConsumer implements PrintingConsumer {

    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    @Override
    public void consume(Properties props, String topic, RecordPrinter printer) {
        throw new UnsupportedOperationException("Lab 3.2: create the consumer, subscribe it to the topic and print "
                + "every record it polls, forever; when it is woken up, leave the loop quietly, with the consumer "
                + "closed however the loop ends - ./labs hint 3.2, README 3.2");
    }

    /** On Ctrl-C or SIGTERM: get the poll loop out of poll, then wait (at most SHUTDOWN_GRACE) until it is done. */
    static void wakeUpOnShutdown(Consumer<?, ?> consumer, Thread loopThread) {
        throw new UnsupportedOperationException("Lab 3.2: on Ctrl-C or SIGTERM, get the loop thread out of its "
                + "poll, then wait for that thread to finish - ./labs hint 3.2, README 3.2");
    }
}
