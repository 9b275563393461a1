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
 * What the crash exercises' consumers (3.4 - 3.7) share: their basic settings and their "processing" of
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
        // Static membership: a restarted instance with the same id is the same member. It works under both group
        // protocols; with the classic one the restarted instance also takes over the crashed one's partitions at
        // once, instead of after its session (45 s) has expired - that instant takeover is why classic is set.
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
     * A handler that processes one record: {@code work} of pretend effort (a database write, say), then the
     * lasting side effect - a line in the processed log - then the "record" {@link CrashPoint}.
     */
    public static RecordHandler handler(ProcessedLog log, Duration work) {
        return record -> process(record, log, work);
    }

    /** See {@link #handler(ProcessedLog, Duration)}. */
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
