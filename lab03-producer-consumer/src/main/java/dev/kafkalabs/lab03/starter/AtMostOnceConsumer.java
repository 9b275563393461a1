package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.StopSignal;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Lab 3.7 - at-most-once: each batch is committed before it is processed. From the commit on, its records
 * count as done, whatever happens to them: a crash in the middle of the batch loses the rest of it (gaps),
 * and nothing is ever processed twice.
 */
public final class AtMostOnceConsumer implements DeliveryConsumer {

    @Override
    public void configure(Properties props) {
        throw new UnsupportedOperationException("Lab 3.7: make sure nothing commits for this consumer but this "
                + "class - ./labs hint 3.7, README 3.7");
    }

    @Override
    public void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop) {
        throw new UnsupportedOperationException("Lab 3.7: subscribe, then poll and process until asked to stop, "
                + "so that a record is never processed twice, even if the process dies at any moment - "
                + "./labs hint 3.7, README 3.7");
    }
}
