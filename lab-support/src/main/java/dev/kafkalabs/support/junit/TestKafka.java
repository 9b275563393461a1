package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.TopicReadiness;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.broker.RunningBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What a check needs from the shared broker: its address, unique names, topics, and ways to look at
 * what a program wrote. One instance per test JVM (see {@link KafkaExtension}).
 */
public final class TestKafka implements AutoCloseable {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final RunningBroker broker;
    private Admin admin;

    TestKafka(RunningBroker broker) {
        this.broker = broker;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** {@code prefix} plus a random suffix: every test gets its own topics and groups. */
    public String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a topic with a unique name derived from {@code prefix} and returns that name. */
    public String createTopic(String prefix, int partitions) {
        String topic = uniqueName(prefix);
        await(admin().createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().toCompletionStage()
                .toCompletableFuture(), "create topic " + topic);
        TopicReadiness.awaitServed(admin(), List.of(topic), ADMIN_TIMEOUT);
        return topic;
    }

    /** An {@link Admin} on the broker, shared by the tests of this JVM. */
    public synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(clientProperties());
        }
        return admin;
    }

    /** {@code bootstrap.servers} (plus a secured cluster's settings) for a client of this broker. */
    public Properties clientProperties() {
        Properties properties = KafkaBootstrap.configuredClientProperties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    /** Consumer settings for a check: a fresh unique group that starts from the earliest offset. */
    public Properties consumerProperties(String groupPrefix) {
        Properties properties = clientProperties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueName(groupPrefix));
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }

    /**
     * Sends {@code values} without keys (as a replayed file is sent) and waits until the broker has
     * acknowledged them all.
     */
    public void sendValues(String topic, List<byte[]> values) {
        send(values.stream().map(value -> new ProducerRecord<byte[], byte[]>(topic, value)).toList());
    }

    /** Sends {@code records} (to the topic each names) and waits until the broker has acknowledged them all. */
    public void send(List<ProducerRecord<byte[], byte[]>> records) {
        // Answers only once every partition's leader is ready for writes (see Topics.awaitLeaders).
        records.stream().map(ProducerRecord::topic).distinct().forEach(this::endOffsets);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clientProperties(), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        sent.complete(metadata);
                    } else {
                        sent.completeExceptionally(error);
                    }
                });
                sends.add(sent);
            }
            producer.flush();
            await(CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)),
                    "send " + records.size() + " records to " + records.stream().map(ProducerRecord::topic).distinct().toList());
        }
    }

    /** The sum over partitions of the topic's end offsets (for a non-transactional topic: records written). */
    public long endOffsetTotal(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each partition's end offset (high watermark). */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> request = partitions(topic).stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return await(admin().listOffsets(request).all().toCompletionStage().toCompletableFuture(),
                "list end offsets of " + topic)
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /**
     * Reads {@code topic} from the beginning of every partition, without a group, until
     * {@code expectedCount} records have arrived or {@code timeout} has passed, and returns what it read
     * (possibly more or fewer: the caller asserts).
     */
    public <K, V> List<ConsumerRecord<K, V>> readAll(String topic, Deserializer<K> keys, Deserializer<V> values,
                                                    int expectedCount, Duration timeout) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(clientProperties(), keys, values)) {
            List<TopicPartition> partitions = partitions(topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expectedCount && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // One more short poll so that records beyond the expected count are seen too.
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    /**
     * Reads everything {@code topic} holds now, from the beginning of every partition to its end offset
     * as of this call, without a group: for a check that runs after the writing program has ended. It
     * returns as soon as the end is reached (at once for an empty topic), so a starter that sent nothing
     * fails in a second instead of after a timeout; {@code timeout} bounds a slow read.
     */
    public <K, V> List<ConsumerRecord<K, V>> readToEnd(String topic, Deserializer<K> keys, Deserializer<V> values,
                                                      Duration timeout) {
        return Topics.readUpTo(endOffsets(topic), clientProperties(), keys, values, timeout);
    }

    /** The topic's partitions, in order. */
    public List<TopicPartition> partitions(String topic) {
        return await(admin().describeTopics(List.of(topic)).allTopicNames().toCompletionStage().toCompletableFuture(),
                "describe topic " + topic)
                .get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        broker.close();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future, String what) {
        try {
            return future.get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not " + what + " within " + ADMIN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }
}
