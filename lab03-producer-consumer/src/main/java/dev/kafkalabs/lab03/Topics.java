package dev.kafkalabs.lab03;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.TopicReadiness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/** Topic and group bookkeeping for the demos, through the {@link Admin} client. */
public final class Topics {

    private static final long TIMEOUT_SECONDS = 30;

    private Topics() {
    }

    /** A name that no earlier run used: {@code prefix-1a2b3c4d}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a fresh topic named after {@code prefix} and returns its name. */
    public static String create(String prefix, int partitions) {
        String topic = uniqueName(prefix);
        return withAdmin(admin -> {
            get(admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all(), "create topic " + topic);
            TopicReadiness.awaitServed(admin, List.of(topic), Duration.ofSeconds(TIMEOUT_SECONDS));
            return topic;
        });
    }

    /** The offsets {@code group} has committed, per partition (partitions without a commit are absent). */
    public static Map<TopicPartition, Long> committed(String group) {
        return withAdmin(admin -> get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "read the committed offsets of group " + group))
                .entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** Each partition's end offset. */
    public static Map<TopicPartition, Long> endOffsets(String topic, int partitions) {
        Map<TopicPartition, OffsetSpec> request = IntStream.range(0, partitions)
                .mapToObj(partition -> new TopicPartition(topic, partition))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return withAdmin(admin -> get(admin.listOffsets(request).all(), "read the end offsets of " + topic))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** How many records of {@code topic} the group has not committed yet, summed over partitions. */
    public static long lag(String group, String topic, int partitions) {
        Map<TopicPartition, Long> committed = committed(group);
        return endOffsets(topic, partitions).entrySet().stream()
                .mapToLong(end -> end.getValue() - committed.getOrDefault(end.getKey(), 0L))
                .sum();
    }

    private static <T> T withAdmin(Function<Admin, T> action) {
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            return action.apply(admin);
        }
    }

    private static <T> T get(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }
}
