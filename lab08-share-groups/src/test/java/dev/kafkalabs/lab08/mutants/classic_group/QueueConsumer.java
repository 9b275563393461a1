package dev.kafkalabs.lab08.mutants.classic_group;

import dev.kafkalabs.lab08.QueueWorker;
import dev.kafkalabs.lab08.RecordHandler;
import dev.kafkalabs.lab08.WorkerSetup;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
    private volatile Consumer<String, String> consumer;

    public QueueConsumer(WorkerSetup setup, RecordHandler handler) {
        this.setup = setup;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (Consumer<String, String> groupConsumer = createConsumer()) {
            consumer = groupConsumer;
            groupConsumer.subscribe(List.of(setup.topic()));
            while (!stopping.get()) {
                for (ConsumerRecord<String, String> record : groupConsumer.poll(POLL_TIMEOUT)) {
                    handler.handle(record);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the poll: leave the loop; close() releases what this consumer still holds.
        }
    }

    /** The mistake: a member of a consumer group by the same name, instead of a share consumer. */
    Consumer<String, String> createConsumer() {
        Properties props = setup.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, setup.group());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, setup.name());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // It knows consumer groups: start from the earliest record, and drop the share-only setting.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.SHARE_ACQUIRE_MODE_CONFIG);
        return new KafkaConsumer<>(props);
    }

    @Override
    public void stop() {
        stopping.set(true);
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }
}
