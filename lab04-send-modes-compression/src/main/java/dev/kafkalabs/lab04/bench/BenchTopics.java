package dev.kafkalabs.lab04.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * The topics a benchmark makes for itself: single-partition, named uniquely, deleted again at the end
 * so that repeated runs do not fill a shared broker's disk.
 */
public final class BenchTopics implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;
    private static final long POLL_PAUSE_MS = 50;

    private final Admin admin;
    private final List<String> created = new ArrayList<>();

    public BenchTopics(Admin admin) {
        this.admin = admin;
    }

    /** Creates a one-partition topic named {@code prefix-<random>} and returns its name. */
    public String create(String prefix) throws Exception {
        return create(prefix, Map.of());
    }

    public String create(String prefix, Map<String, String> configs) throws Exception {
        String topic = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        // One partition: Kafka answers a partition's records in send order, which the latency ledger relies on.
        NewTopic newTopic = new NewTopic(topic, 1, (short) 1).configs(configs);
        admin.createTopics(List.of(newTopic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        created.add(topic);
        return topic;
    }

    /** The end offset of the topic's only partition: how many records it holds. */
    public long endOffset(String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).offset();
    }

    /**
     * Waits until the topic's end offset reaches {@code target} or {@code timeout} passes, and returns the
     * last end offset seen. A producer that does not wait for the broker ({@code acks=0}) finishes while the
     * broker may still be appending its last requests.
     */
    public long awaitEndOffset(String topic, long target, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long offset = endOffset(topic);
        while (offset < target && System.nanoTime() < deadline) {
            Thread.sleep(POLL_PAUSE_MS);
            offset = endOffset(topic);
        }
        return offset;
    }

    /** The bytes the brokers keep on disk for the topic's partition (all replicas, all log directories). */
    public long storedBytes(String topic) throws Exception {
        return storedBytes(admin, topic);
    }

    public static long storedBytes(Admin admin, String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        Collection<Node> brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<Integer> brokerIds = brokers.stream().map(Node::id).toList();
        Map<Integer, Map<String, LogDirDescription>> logDirs = admin.describeLogDirs(brokerIds).allDescriptions()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long bytes = 0;
        for (Map<String, LogDirDescription> dirs : logDirs.values()) {
            for (LogDirDescription dir : dirs.values()) {
                ReplicaInfo replica = dir.replicaInfos().get(partition);
                if (replica != null) {
                    bytes += replica.size();
                }
            }
        }
        return bytes;
    }

    /** Deletes every topic this object created. */
    @Override
    public void close() throws Exception {
        if (!created.isEmpty()) {
            admin.deleteTopics(created).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            created.clear();
        }
    }
}
