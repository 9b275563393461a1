package dev.kafkalabs.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Topic and group bookkeeping shared by the labs' programs and checks, through the {@link Admin} client
 * on the broker the broker rule finds ({@link KafkaBootstrap}). Every call is bounded by {@link #TIMEOUT}
 * and names what it was doing when it fails.
 */
public final class Topics {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /** A name that no earlier run used: {@code prefix-1a2b3c4d}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a fresh single-replica topic named after {@code prefix}, waits until it is served, returns its name. */
    public static String createUnique(String prefix, int partitions) {
        String topic = uniqueName(prefix);
        ensureExist(new NewTopic(topic, partitions, (short) 1));
        return topic;
    }

    /** Creates the topics that do not exist yet and waits until every one of them is served. */
    public static void ensureExist(NewTopic... topics) {
        withAdmin(admin -> {
            ensureExist(admin, topics);
            return null;
        });
    }

    /** {@link #ensureExist(NewTopic...)} with the caller's {@link Admin}. */
    public static void ensureExist(Admin admin, NewTopic... topics) {
        Set<String> existing = get(admin.listTopics().names(), "list the topics");
        List<NewTopic> missing = new ArrayList<>();
        for (NewTopic topic : topics) {
            if (!existing.contains(topic.name())) {
                missing.add(topic);
            }
        }
        if (!missing.isEmpty()) {
            for (var creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + creation.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw timeout("create topic " + creation.getKey(), e);
                } catch (InterruptedException e) {
                    throw interrupted("create topic " + creation.getKey(), e);
                }
            }
        }
        TopicReadiness.awaitServed(admin, Arrays.stream(topics).map(NewTopic::name).toList(), TIMEOUT);
    }

    /** The offsets {@code group} has committed, per partition (partitions without a commit are absent). */
    public static Map<TopicPartition, Long> committed(String group) {
        return withAdmin(admin -> get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "read the committed offsets of group " + group))
                .entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** Each partition's end offset (high watermark). */
    public static Map<TopicPartition, Long> endOffsets(String topic) {
        return endOffsets(topic, IsolationLevel.READ_UNCOMMITTED);
    }

    /**
     * Each partition's last stable offset: where a {@code read_committed} consumer stops, before the first
     * record of a transaction still open.
     */
    public static Map<TopicPartition, Long> lastStableOffsets(String topic) {
        return endOffsets(topic, IsolationLevel.READ_COMMITTED);
    }

    private static Map<TopicPartition, Long> endOffsets(String topic, IsolationLevel isolation) {
        return withAdmin(admin -> {
            Map<TopicPartition, OffsetSpec> request = get(admin.describeTopics(List.of(topic)).allTopicNames(),
                    "describe topic " + topic)
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(info -> new TopicPartition(topic, info.partition()),
                            info -> OffsetSpec.latest()));
            return get(admin.listOffsets(request, new ListOffsetsOptions(isolation)).all(),
                    "read the end offsets of " + topic)
                    .entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        });
    }

    /**
     * Every record of the given partitions from their beginning up to {@code ends} (end offsets taken
     * when the writing was over), read without a group with {@code clientProperties}. It returns as soon
     * as every partition is read to its end (at once when they are empty); {@code timeout} bounds a slow
     * read. With {@code isolation.level=read_committed} the high watermarks include transaction markers,
     * which such a consumer reaches once the last transaction's marker is written.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readUpTo(Map<TopicPartition, Long> ends, Properties clientProperties,
                                                            Deserializer<K> keys, Deserializer<V> values,
                                                            Duration timeout) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        readUpTo(ends, clientProperties, keys, values, timeout, records::add);
        return records;
    }

    /**
     * The same, handing each record to {@code action} instead of keeping them all (for large topics).
     *
     * @return whether every partition was read to its end before {@code timeout}
     */
    public static <K, V> boolean readUpTo(Map<TopicPartition, Long> ends, Properties clientProperties,
                                          Deserializer<K> keys, Deserializer<V> values, Duration timeout,
                                          Consumer<ConsumerRecord<K, V>> action) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(clientProperties, keys, values)) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                consumer.poll(Duration.ofMillis(100)).forEach(action);
            }
            return true;
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** How many records of {@code topic} the group has not committed yet, summed over partitions. */
    public static long lag(String group, String topic) {
        Map<TopicPartition, Long> committed = committed(group);
        return endOffsets(topic).entrySet().stream()
                .mapToLong(end -> end.getValue() - committed.getOrDefault(end.getKey(), 0L))
                .sum();
    }

    /** Waits at most {@link #TIMEOUT} for an admin result; failures name {@code what} was being done. */
    public static <T> T get(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw timeout(what, e);
        } catch (InterruptedException e) {
            throw interrupted(what, e);
        }
    }

    private static <T> T withAdmin(Function<Admin, T> action) {
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties())) {
            return action.apply(admin);
        }
    }

    private static IllegalStateException timeout(String what, TimeoutException e) {
        return new IllegalStateException("Could not " + what + ": no answer from " + KafkaBootstrap.servers()
                + " within " + TIMEOUT.toSeconds() + " s", e);
    }

    private static IllegalStateException interrupted(String what, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("Interrupted while trying to " + what, e);
    }
}
