package dev.kafkalabs.lab11;

import dev.kafkalabs.support.KafkaBootstrap;
import java.util.HashMap;
import java.util.Map;

/**
 * The broker rule (see the workbook's README) for Spark's Kafka source and sink: every Kafka client
 * setting becomes an option with the prefix {@code kafka.} ({@code kafka.bootstrap.servers}, and a
 * secured cluster's {@code kafka.security.protocol}, ...), which Spark hands to its consumers and producers.
 */
public final class SparkKafka {

    public static final String FORMAT = "kafka";
    private static final String CLIENT_PREFIX = "kafka.";

    private SparkKafka() {
    }

    /** The client settings of the broker rule as Spark options. */
    public static Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        KafkaBootstrap.clientProperties().forEach((key, value) -> options.put(CLIENT_PREFIX + key, String.valueOf(value)));
        return options;
    }
}
