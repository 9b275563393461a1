package dev.kafkalabs.lab03;

import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Exercise 3.6's contract for consume-transform-produce: the settings of both clients, and the loop that
 * turns each input batch into output records inside one transaction. A runner
 * ({@code dev.kafkalabs.lab03.demo.ExactlyOnceProcessorMain}) creates the clients and closes them.
 */
public interface TransactionalProcessor {

    /** Adds what the processor's consumer needs (group, deserializers etc. are already there). */
    void configureConsumer(Properties props);

    /** Adds what the processor's producer needs to write in transactions as {@code transactionalId}. */
    void configureProducer(Properties props, String transactionalId);

    /** Reads {@code input}, writes each record transformed to {@code output}, until stopped or fenced. */
    void run(Consumer<Integer, String> consumer, Producer<Integer, String> producer, String input, String output,
             StopSignal stop);
}
