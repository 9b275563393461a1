package dev.kafkalabs.lab04.demo;

import dev.kafkalabs.support.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What is benchmark-specific about a benchmark's topics: each is single-partition and deleted again as
 * soon as it is no longer needed (a benchmark writes gigabytes), its one partition's end offset, and
 * the bytes the broker stores for it. Names and creation come from {@link Topics}.
 */
public final class BenchTopics implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = Topics.TIMEOUT.toSeconds();
    private static final long POLL_PAUSE_MS = 50;

    private final Admin admin;
    private final List<String> created = new ArrayList<>();

    public BenchTopics(Admin admin) {
        this.admin = admin;
    }

    /** Creates a one-partition topic named {@code prefix-<random>}, waits until it is served, returns its name. */
    public String create(String prefix) {
        return create(prefix, Map.of());
    }

    public String create(String prefix, Map<String, String> configs) {
        String topic = Topics.uniqueName(prefix);
        Topics.ensureExist(admin, new NewTopic(topic, 1, (short) 1).configs(configs));
        created.add(topic);
        return topic;
    }

    /** Deletes {@code topic} now, to give its disk space back before the benchmark goes on. */
    public void delete(String topic) throws Exception {
        admin.deleteTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        created.remove(topic);
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

    /** Deletes every topic this object created and has not deleted yet. */
    @Override
    public void close() throws Exception {
        if (!created.isEmpty()) {
            admin.deleteTopics(created).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            created.clear();
        }
    }
}
