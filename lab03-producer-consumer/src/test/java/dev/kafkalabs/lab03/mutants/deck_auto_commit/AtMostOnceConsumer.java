package dev.kafkalabs.lab03.mutants.deck_auto_commit;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Lab 3.7 - at-most-once: each batch is committed before it is processed. From the commit on, its records
 * count as done, whatever happens to them: a crash in the middle of the batch loses the rest of it (gaps),
 * and nothing is ever processed twice.
 */
public final class AtMostOnceConsumer implements DeliveryConsumer {

    @Override
    public void configure(Properties props) {
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        props.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, 100);
    }

    @Override
    public void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop) {
        consumer.subscribe(List.of(topic), new ResumeReporter(consumer));
        while (!stop.requested()) {
            ConsumerRecords<Integer, String> records = consumer.poll(DrillConsumers.POLL_TIMEOUT);
            for (ConsumerRecord<Integer, String> record : records) {
                handler.process(record);
            }
        }
    }
}
