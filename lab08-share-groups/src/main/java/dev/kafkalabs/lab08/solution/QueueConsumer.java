package dev.kafkalabs.lab08.solution;

import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.WorkerSetup;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 8.1 - one member of a share group: it polls, and hands every record to the application.
 *
 * <p>Any number of these may read the same partition: the broker gives each record to one of them at a
 * time. Nothing to commit: in the default (implicit) acknowledgement mode, the next {@code poll} tells the
 * broker that the records of the previous one were processed.
 */
public final class QueueConsumer implements QueueWorker {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final WorkerSetup setup;
    private final RecordHandler handler;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile ShareConsumer<String, String> consumer;

    public QueueConsumer(WorkerSetup setup, RecordHandler handler) {
        this.setup = setup;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (ShareConsumer<String, String> shareConsumer = createConsumer(setup)) {
            consumer = shareConsumer;
            shareConsumer.subscribe(List.of(setup.topic()));
            while (!stopping.get()) {
                for (ConsumerRecord<String, String> record : shareConsumer.poll(POLL_TIMEOUT)) {
                    handler.handle(record);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the poll: leave the loop; close() releases what this consumer still holds.
        }
    }

    /**
     * A share consumer: a member of the setup's share group, however many partitions the topic has
     * (exercises 8.2 and 8.4 create theirs here too).
     */
    public static ShareConsumer<String, String> createConsumer(WorkerSetup setup) {
        Properties props = setup.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, setup.group());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, setup.name());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaShareConsumer<>(props);
    }

    @Override
    public void stop() {
        stopping.set(true);
        ShareConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }
}
