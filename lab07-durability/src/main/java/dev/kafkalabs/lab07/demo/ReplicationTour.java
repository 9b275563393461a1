package dev.kafkalabs.lab07.demo;

import dev.kafkalabs.lab07.DemoCluster;
import dev.kafkalabs.lab07.PartitionState;
import dev.kafkalabs.lab07.ReplicatedTopics;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code ./labs run 7.1}: creates a replicated topic with exercise 7.1's class, shows its leaders,
 * replicas and ISR, stops a follower (the ISR shrinks), starts it again (it catches up and rejoins).
 */
public final class ReplicationTour {

    static final String USAGE = "ReplicationTour [--partitions N]";
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private ReplicationTour() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("partitions"), List.of());
        int partitions = (int) args.positive("partitions", 3, 1);
        try (KafkaCluster cluster = DemoCluster.start()) {
            ReplicatedTopics topics = Variant.current().instantiate(ReplicatedTopics.class, ReplicatedTopic.class,
                    cluster.admin());
            String topic = Topics.uniqueName("lab07-replicated");
            topics.create(topic, partitions);
            System.out.println("Topic " + topic + ":");
            print(topics.describe(topic));

            PartitionState first = topics.describe(topic).get(0);
            int follower = first.followers().get(0);
            System.out.printf("%nStopping broker %d (a follower of partition 0) ...%n", follower);
            cluster.stopBroker(follower);
            print(await(topics, topic, states -> states.stream().noneMatch(state -> state.isr().contains(follower)),
                    "broker " + follower + " out of every ISR"));

            System.out.printf("%nStarting broker %d again: it fetches what it missed, then rejoins the ISR ...%n",
                    follower);
            cluster.startBroker(follower);
            print(await(topics, topic, states -> states.stream()
                    .allMatch(state -> state.isr().size() == state.replicas().size()), "every replica in sync"));
        }
    }

    private static List<PartitionState> await(ReplicatedTopics topics, String topic,
                                              Predicate<List<PartitionState>> condition, String what) {
        return Waiting.awaitAnswer(what, GIVE_UP_AFTER, () -> topics.describe(topic), condition);
    }

    private static void print(List<PartitionState> states) {
        states.forEach(state -> System.out.println("  " + state.line()));
    }
}
