package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Lab 3.4 - an auto-committing consumer that processes each record before its next poll. Auto-commit
 * happens inside {@code poll()}, at most once per interval, for everything the earlier polls returned, and
 * once more in {@code close()}. Records processed after the last commit are processed again by whoever
 * takes over after a crash.
 */
public final class AutoCommitConsumer implements DeliveryConsumer {

    static final Duration AUTO_COMMIT_INTERVAL = Duration.ofSeconds(1);

    @Override
    public void configure(Properties props) {
        // On by default; spelled out because this exercise is about it.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        // At most once a second instead of every 5 s, so that commits show in a short run.
        props.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, (int) AUTO_COMMIT_INTERVAL.toMillis());
    }

    @Override
    public void consume(Consumer<Integer, String> consumer, String topic, RecordHandler handler, StopSignal stop) {
        consumer.subscribe(List.of(topic), new ResumeReporter(consumer));
        while (!stop.requested()) {
            // Inside poll(): if the interval has passed, commit the positions - what the earlier polls returned.
            for (ConsumerRecord<Integer, String> record : consumer.poll(DrillConsumers.POLL_TIMEOUT)) {
                handler.process(record);
            }
        }
    }
}
