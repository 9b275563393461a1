package dev.kafkalabs.lab03;

import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * The contract of the crash exercises' consumers (3.4 auto-commit, 3.5 at-least-once, 3.7 at-most-once):
 * the same poll-and-process job, each with its own way of committing. A runner
 * ({@code dev.kafkalabs.lab03.demo.DeliveryConsumerMain}) creates the consumer and calls both methods.
 */
public interface DeliveryConsumer {

    /** Adds this exercise's commit settings to the consumer's (group, deserializers etc. are already there). */
    void configure(Properties props);

    /**
     * Subscribes {@code consumer} to {@code topic}, then polls and gives every record to {@code handler}
     * until {@code stop} is requested, committing offsets the way the exercise says. The caller closes the
     * consumer afterwards.
     */
    void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop);
}
