package dev.kafkalabs.lab06;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.clicks.CounterOptions;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of the 6.3 and 6.4 programs, apart from the processing guarantee. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /** The settings for {@code options}, with {@code processingGuarantee} as given by the exercise. */
    public static Properties of(CounterOptions options, String processingGuarantee) {
        Properties props = new Properties();
        props.putAll(KafkaBootstrap.clientProperties());
        // Names the application: its consumer group, its internal topics and its transactional ids.
        // A restarted instance must use the same one to continue where the last one stopped.
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, options.group());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        // The workbook's broker is a single node: internal topics cannot have more replicas than that
        // (on a production cluster use 3, or -1 for the broker's default).
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // After a crash, the restarted instance gets the partitions once the dead one's session expires:
        // 10 s instead of the default 45 s.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        // Where a new application starts reading: everything, or only what arrives from now on.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG),
                options.fromBeginning() ? "earliest" : "latest");
        if (options.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, options.stateDir().toString());
        }
        return props;
    }
}
