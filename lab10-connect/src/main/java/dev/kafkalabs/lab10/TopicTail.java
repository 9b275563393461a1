package dev.kafkalabs.lab10;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Prints every record of a topic as it arrives, from the beginning, until {@link #stop()}: the class can
 * watch a file's lines turn into records.
 */
public final class TopicTail {

    private final String topic;
    private final PrintStream out;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Consumer<String, String> consumer;

    public TopicTail(String topic, PrintStream out) {
        this.topic = topic;
        this.out = out;
    }

    /** Prints records until another thread calls {@link #stop()}. */
    public void run() {
        try (Consumer<String, String> tailing = TopicReader.fromBeginning(topic)) {
            consumer = tailing;
            out.printf("%-8s | %s%n", "offset", "value (one line of the file)");
            while (!stopping.get()) {
                tailing.poll(Duration.ofSeconds(1))
                        .forEach(record -> out.printf("%-8d | %s%n", record.offset(), record.value()));
            }
        } catch (WakeupException stopRequested) {
            out.println("Stopped reading " + topic + ".");
        } finally {
            finished.countDown();
        }
    }

    /** Ends {@link #run()} and waits (a few seconds at most) until it has closed its consumer. */
    public void stop() {
        stopping.set(true);
        Consumer<String, String> running = consumer;
        if (running != null) {
            running.wakeup();
        }
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
