package dev.kafkalabs.lab07.mutants.replicas_as_isr;

import dev.kafkalabs.lab07.PartitionState;
import dev.kafkalabs.lab07.ReplicatedTopics;
import dev.kafkalabs.support.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.TopicConfig;

/** Lab 7.1: a topic that survives the loss of a broker, and a look at its replicas. */
public final class ReplicatedTopic implements ReplicatedTopics {

    private final Admin admin;

    public ReplicatedTopic(Admin admin) {
        this.admin = admin;
    }

    @Override
    public void create(String topic, int partitions) {
        // Three copies on three brokers: one can fail (or be stopped for maintenance) while two still hold
        // every write.
        NewTopic newTopic = new NewTopic(topic, partitions, (short) 3)
                // acks=all then means "at least two copies": with fewer in-sync replicas the leader refuses
                // writes instead of acknowledging them on its own (the broker default is 1).
                .configs(Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
        Topics.ensureExist(admin, newTopic);
    }

    @Override
    public List<PartitionState> describe(String topic) {
        TopicDescription description = Topics.get(admin.describeTopics(List.of(topic)).allTopicNames(),
                "describe " + topic).get(topic);
        return description.partitions().stream()
                .map(partition -> new PartitionState(partition.partition(),
                        partition.leader() == null || partition.leader().isEmpty() ? -1 : partition.leader().id(),
                        ids(partition.replicas()), ids(partition.replicas())))
                .toList();
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }
}
