package dev.kafkalabs.lab03;

import dev.kafkalabs.support.KafkaBootstrap;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.GroupProtocol;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the crash exercises' consumers (3.4 - 3.6) share: their basic settings and their "processing" of
 * a record. Each exercise adds its own commit settings.
 */
public final class DrillConsumers {

    /** How long a consumer waits in poll() for records. */
    public static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private DrillConsumers() {
    }

    /** Settings for a member of {@code group} that reads the numbered events from the beginning. */
    public static Properties settings(String group) {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // Static membership: a restarted instance with the same id takes over its partitions at once, instead
        // of waiting for the crashed instance's session (45 s) to expire. It needs the classic protocol.
        props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, group + "-instance-1");
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, GroupProtocol.CLASSIC.name().toLowerCase(Locale.ROOT));
        // A new group reads the topic from its first record.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Small batches, so that a crash lands in the middle of one.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, IntegerDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return props;
    }

    /**
     * Processes one record: {@code work} of pretend effort (a database write, say), then the lasting side
     * effect - a line in the processed log - then the "record" {@link CrashPoint}.
     */
    public static void process(ConsumerRecord<Integer, String> record, ProcessedLog log, Duration work) {
        try {
            Thread.sleep(work.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.append(record);
        CrashPoint.reached("record");
    }
}
