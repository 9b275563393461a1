package dev.kafkalabs.lab07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.ClusterCheck;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

@ClusterCheck
@ExerciseCheck("7.1")
class ReplicationIT {

    private static ReplicatedTopics topics(TestCluster cluster) {
        return Variant.current().instantiate(ReplicatedTopics.class, ReplicatedTopic.class, cluster.admin());
    }

    @Test
    void everyPartitionHasThreeReplicasAndTheTopicNeedsTwoInSync(TestCluster cluster) {
        String topic = Topics.uniqueName("lab07-replicated");
        topics(cluster).create(topic, 3);

        assertThat(cluster.exists(topic)).as("topic %s right after create(%s, 3) returned: Admin.createTopics() only "
                + "sends the request - the topic exists once its result says so (all().get())", topic, topic).isTrue();
        for (int partition = 0; partition < 3; partition++) {
            assertThat(cluster.partition(topic, partition).replicas())
                    .as("replicas of partition %d: with fewer than three copies, losing one broker of three can "
                            + "lose acknowledged writes (replication factor 3)", partition)
                    .hasSize(3);
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = Topics.get(cluster.admin().describeConfigs(List.of(resource)).all(), "describe " + topic)
                .get(resource);
        String minInSync = config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value();
        assertThat(minInSync)
                .as("the topic's min.insync.replicas: %s", Integer.parseInt(minInSync) >= 3
                        ? "as many as the replicas, so one broker down makes the leader refuse every acks=all write "
                        + "(the topic is unavailable while any broker is down); 2 still keeps every acknowledged "
                        + "write on two brokers and survives the loss of one"
                        : "left at the broker default of 1, acks=all is satisfied by the leader alone once the "
                        + "followers drop out of the ISR")
                .isEqualTo("2");
    }

    /**
     * A create that returned before the broker answered passes whenever the topic happens to exist by the time it is
     * used (on a loaded machine it often does); a topic the broker refuses tells the two apart every time.
     */
    @Test
    void aTopicTheBrokerRefusesMakesCreateFail(TestCluster cluster) throws Exception {
        String topic = Topics.uniqueName("lab07-refused");

        Throwable refused = catchThrowable(() -> topics(cluster).create(topic, 0));

        // An untouched starter throws its TODO: that is not the refusal asked for.
        Todo.rethrowIfFound(refused);
        assertThat(refused).as("create(%s, 0) for a topic the broker refuses (0 partitions): it must fail - "
                + "Admin.createTopics() only sends the request, and only waiting for its result (all().get()) tells "
                + "whether the broker created the topic", topic).isNotNull();
    }

    /**
     * On a new topic the leader is the first replica of the list (the preferred leader), so the two are easy
     * to take for one another; after a failover, or here a reordered replica list, they differ.
     */
    @Test
    void theLeaderIsReadFromTheLeaderFieldNotTheFirstReplica(TestCluster cluster) {
        ReplicatedTopics topics = topics(cluster);
        String topic = Topics.uniqueName("lab07-leader");
        topics.create(topic, 1);
        int leader = cluster.leader(topic, 0);
        List<Integer> reordered = new ArrayList<>(cluster.partition(topic, 0).replicas().stream().map(Node::id).toList());
        // The same replicas, the leader no longer first: a reassignment that moves no data, and keeps the leader.
        reordered.remove(Integer.valueOf(leader));
        reordered.add(leader);
        Topics.get(cluster.admin().alterPartitionReassignments(Map.of(new TopicPartition(topic, 0),
                Optional.of(new NewPartitionReassignment(reordered)))).all(), "reorder the replicas of " + topic);
        await("the replica list of " + topic + "-0 reordered to " + reordered).atMost(Duration.ofSeconds(60))
                .until(() -> cluster.partition(topic, 0).replicas().stream().map(Node::id).toList().equals(reordered));

        PartitionState described = topics.describe(topic).get(0);
        assertThat(described.leader())
                .as("describe(): partition 0's leader, with the replica list %s: the leader is broker %d, not the first "
                        + "replica of the list (that one is only the preferred leader)", reordered, cluster.leader(topic, 0))
                .isEqualTo(cluster.leader(topic, 0));
    }

    @Test
    void theIsrShrinksWhenAFollowerStopsAndGrowsBackWhenItCatchesUp(TestCluster cluster) {
        ReplicatedTopics topics = topics(cluster);
        String topic = Topics.uniqueName("lab07-isr");
        topics.create(topic, 1);
        assertThat(cluster.partition(topic, 0).replicas())
                .as("replicas of partition 0: with fewer than three copies there is no follower to stop (replication "
                        + "factor 3)")
                .hasSize(3);
        cluster.awaitIsr(topic, 0, isr -> isr.size() == 3, "all three replicas");

        PartitionState described = topics.describe(topic).get(0);
        assertThat(described.leader()).as("describe(): partition 0's leader").isEqualTo(cluster.leader(topic, 0));
        assertThat(Set.copyOf(described.replicas())).as("describe(): partition 0's replicas")
                .isEqualTo(Set.copyOf(cluster.partition(topic, 0).replicas().stream().map(node -> node.id()).toList()));

        int follower = cluster.followers(topic, 0).iterator().next();
        cluster.cluster().stopBroker(follower);
        cluster.awaitIsr(topic, 0, isr -> !isr.contains(follower), "without the stopped broker " + follower);
        PartitionState shrunk = topics.describe(topic).get(0);
        assertThat(shrunk.isr())
                .as("describe() after broker %d stopped: it still reports the stopped broker as in sync; the ISR "
                        + "is not the replica list, it is the replicas caught up with the leader now", follower)
                .doesNotContain(follower)
                .hasSize(2);
        assertThat(shrunk.replicas()).as("describe(): a stopped broker is still one of the partition's replicas")
                .contains(follower);

        cluster.cluster().startBroker(follower);
        cluster.awaitIsr(topic, 0, isr -> isr.contains(follower), "with broker " + follower + " back");
        assertThat(topics.describe(topic).get(0).isr())
                .as("describe() once broker %d has caught up: it is in sync again", follower)
                .contains(follower);
    }
}
