package dev.kafkalabs.lab03;

import java.util.Properties;

/** Exercise 3.2's contract: consume a topic and print every record until asked to stop. */
public interface PrintingConsumer {

    /**
     * Consumes {@code topic} with a consumer made from {@code props}, printing each record with
     * {@code printer}, until Ctrl-C or SIGTERM. Returns normally once the consumer is closed.
     */
    void consume(Properties props, String topic, RecordPrinter printer);
}
