package dev.kafkalabs.lab07.demo;

import dev.kafkalabs.lab07.AckingProducer;
import dev.kafkalabs.lab07.DemoCluster;
import dev.kafkalabs.lab07.Guarantee;
import dev.kafkalabs.lab07.OutageSender;
import dev.kafkalabs.lab07.PartitionState;
import dev.kafkalabs.lab07.Partitions;
import dev.kafkalabs.lab07.ReplicatedTopics;
import dev.kafkalabs.lab07.TopicNumbers;
import dev.kafkalabs.lab07.Verdict;
import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.DurableSender;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code ./labs run 7.3}: two of three brokers die; exercise 7.3's durable sender is refused (and keeps
 * its records) while a leader-only producer goes on writing; the brokers come back and the kept records
 * are sent again.
 */
public final class MinIsrDemo {

    static final String USAGE = "MinIsrDemo [--timeout-ms N] [--records N]";

    private MinIsrDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("timeout-ms", "records"), List.of());
        Duration deliveryTimeout = Duration.ofMillis(args.positive("timeout-ms", 5000, 1000));
        int records = (int) args.positive("records", 3, 1);
        try (KafkaCluster cluster = DemoCluster.start()) {
            Properties client = DemoCluster.clientProperties(cluster);
            ReplicatedTopics topics = Variant.current().instantiate(ReplicatedTopics.class, ReplicatedTopic.class,
                    cluster.admin());
            String topic = Topics.uniqueName("lab07-min-isr");
            topics.create(topic, 1);
            PartitionState healthy = Partitions.await(topics, topic,
                    state -> state.leader() >= 0 && state.isr().size() == state.replicas().size(), "fully in sync");
            System.out.println("Topic " + topic + ":  " + healthy.line());

            try (OutageSender sender = Variant.current().instantiate(OutageSender.class, DurableSender.class,
                    client, deliveryTimeout);
                 AckingProducer leaderOnly = Variant.current().instantiate(AckingProducer.class, AcksProducer.class,
                         client, Guarantee.LEAD_BROKER)) {
                System.out.println("durable sender, record 0: " + sender.send(topic, 0));

                Set<Integer> followers = new HashSet<>(healthy.followers());
                System.out.printf("%nKilling brokers %s: only the leader, broker %d, is left ...%n", followers,
                        healthy.leader());
                followers.forEach(cluster::killBroker);
                System.out.println("  " + Partitions.await(topics, topic, state -> state.isr().size() == 1,
                        "down to one in-sync replica").line());

                for (long number = 1; number <= records; number++) {
                    long start = System.nanoTime();
                    Verdict verdict = sender.send(topic, number);
                    System.out.printf("durable sender, record %d: %s after %.1f s%n", number, verdict,
                            (System.nanoTime() - start) / 1e9);
                }
                for (long number = 100; number < 100 + records; number++) {
                    leaderOnly.send(topic, number);
                }
                leaderOnly.flush();
                System.out.printf("leader-only producer (one broker's word), records 100-%d: acknowledged %s%n",
                        99 + records, leaderOnly.acknowledged());
                System.out.println("kept to send again: " + sender.parked());

                System.out.printf("%nStarting brokers %s again ...%n", followers);
                cluster.startBrokers(followers);
                System.out.println("  " + Partitions.await(topics, topic,
                        state -> state.isr().size() == state.replicas().size(), "fully in sync").line());
                System.out.println("sent again, now acknowledged: " + sender.resendParked(topic));
            }
            System.out.println("the topic holds: " + TopicNumbers.read(client, topic, Duration.ofSeconds(30)));
        }
    }
}
