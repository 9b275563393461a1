package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.broker.KafkaCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What a check needs from the multi-broker cluster (see {@link ClusterCheck}): its address, its
 * brokers to stop, kill, pause and start, and where a partition's leader and followers are.
 */
public final class TestCluster {

    private final KafkaCluster cluster;

    TestCluster(KafkaCluster cluster) {
        this.cluster = cluster;
    }

    /** The cluster itself: stop, kill, pause, resume and start its brokers. */
    public KafkaCluster cluster() {
        return cluster;
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** {@code bootstrap.servers} for a client of the cluster. */
    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    public Admin admin() {
        return cluster.admin();
    }

    /** The partition as the controller sees it now. */
    public TopicPartitionInfo partition(String topic, int partition) {
        TopicDescription description = get(() -> cluster.admin().describeTopics(List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic), "describe topic " + topic);
        return description.partitions().get(partition);
    }

    /** Whether the cluster knows the topic now (asked once: a topic still being created is not there yet). */
    public boolean exists(String topic) {
        try {
            get(() -> cluster.admin().describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS),
                    "describe topic " + topic);
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    /** The id of the partition's leader, or -1 when it has none. */
    public int leader(String topic, int partition) {
        Node leader = partition(topic, partition).leader();
        return leader == null || leader.isEmpty() ? -1 : leader.id();
    }

    /** The ids of the partition's in-sync replicas. */
    public Set<Integer> isr(String topic, int partition) {
        return ids(partition(topic, partition).isr());
    }

    /** The partition's replicas other than its leader. */
    public Set<Integer> followers(String topic, int partition) {
        TopicPartitionInfo info = partition(topic, partition);
        Set<Integer> followers = ids(info.replicas());
        if (info.leader() != null) {
            followers.remove(info.leader().id());
        }
        return followers;
    }

    /**
     * Waits until the partition's in-sync replicas satisfy {@code condition} and returns them.
     *
     * @throws AssertionError naming {@code what} and the last ISR seen, after {@link Waiting#PATIENCE}
     */
    public Set<Integer> awaitIsr(String topic, int partition, Predicate<Set<Integer>> condition, String what) {
        return awaitAnswer("the ISR of " + topic + "-" + partition + " to become " + what,
                () -> isr(topic, partition), condition);
    }

    /** Waits until the partition has a leader other than {@code formerLeader} and returns its id. */
    public int awaitNewLeader(String topic, int partition, int formerLeader) {
        return awaitAnswer(topic + "-" + partition + " to get a leader other than " + formerLeader,
                () -> leader(topic, partition), leader -> leader >= 0 && leader != formerLeader);
    }

    /**
     * Moves the partition's leadership to another in-sync replica, as a restarted broker or a leader
     * rebalance does, and returns the new leader's id. The replica list is reordered (no data moves) so that
     * the new leader is the preferred one, then a preferred-leader election is asked for.
     */
    public int moveLeadership(String topic, int partition) {
        int former = leader(topic, partition);
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        List<Integer> replicas = new ArrayList<>(partition(topic, partition).replicas().stream().map(Node::id).toList());
        Set<Integer> inSync = isr(topic, partition);
        int next = replicas.stream().filter(id -> id != former && inSync.contains(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(topicPartition + " has no in-sync replica but its leader "
                        + former + " (ISR " + inSync + ")"));
        replicas.remove(Integer.valueOf(next));
        replicas.add(0, next);
        get(() -> cluster.admin().alterPartitionReassignments(Map.of(topicPartition,
                Optional.of(new NewPartitionReassignment(replicas)))).all().get(10, TimeUnit.SECONDS),
                "reorder the replicas of " + topicPartition);
        awaitAnswer("the replica list of " + topicPartition + " reordered to " + replicas,
                () -> partition(topic, partition).replicas().stream().map(Node::id).toList(), replicas::equals);
        get(() -> cluster.admin().electLeaders(ElectionType.PREFERRED, Set.of(topicPartition)).all()
                .get(10, TimeUnit.SECONDS), "elect the preferred leader of " + topicPartition);
        return awaitAnswer(topicPartition + " led by broker " + next, () -> leader(topic, partition),
                leader -> leader == next);
    }

    /** Starts every stopped or killed broker and resumes every paused one: the next test finds the cluster whole. */
    public void restoreAll() {
        Set<Integer> down = new TreeSet<>();
        for (int id : cluster.brokerIds()) {
            switch (cluster.state(id)) {
                case PAUSED -> cluster.resumeBroker(id);
                case STOPPED, KILLED -> down.add(id);
                default -> {
                }
            }
        }
        if (!down.isEmpty()) {
            cluster.startBrokers(down);
        }
    }

    private static Set<Integer> ids(List<Node> nodes) {
        Set<Integer> ids = new TreeSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        return ids;
    }

    /** {@link Waiting#awaitAnswer} failing as a check does, with the cluster's state to see why. */
    private <T> T awaitAnswer(String what, Supplier<T> question, Predicate<? super T> wanted) {
        try {
            return Waiting.awaitAnswer(what, Waiting.PATIENCE, question, wanted);
        } catch (Waiting.TimedOut e) {
            throw new AssertionError(e.getMessage() + ".\n" + cluster.status(), e);
        }
    }

    private interface Call<T> {
        T call() throws InterruptedException, ExecutionException, TimeoutException;
    }

    private static <T> T get(Call<T> call, String what) {
        try {
            return call.call();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not " + what + " within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }
}
