package dev.kafkalabs.lab07.demo;

import dev.kafkalabs.lab07.DemoCluster;
import dev.kafkalabs.lab07.Guarantee;
import dev.kafkalabs.lab07.LeaderKillDrill;
import dev.kafkalabs.lab07.ReplicatedTopics;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.cli.Args;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./labs run 7.2}: for each row of the acks table, {@link LeaderKillDrill} trials (a leader killed
 * while records are in flight), and how many acknowledged records each setting lost.
 */
public final class AcksUnderFailure {

    static final String USAGE = "AcksUnderFailure [--trials N]";

    private AcksUnderFailure() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("trials"), List.of());
        int trials = (int) args.positive("trials", 1, 1);
        try (KafkaCluster cluster = DemoCluster.start()) {
            ReplicatedTopics topics = Variant.current().instantiate(ReplicatedTopics.class, ReplicatedTopic.class,
                    cluster.admin());
            Map<Guarantee, Long> lost = new EnumMap<>(Guarantee.class);
            Map<Guarantee, Long> acknowledged = new EnumMap<>(Guarantee.class);
            for (int trial = 1; trial <= trials; trial++) {
                for (Guarantee guarantee : Guarantee.values()) {
                    String topic = Topics.uniqueName("lab07-acks-" + guarantee.name().toLowerCase(Locale.ROOT));
                    topics.create(topic, 1);
                    LeaderKillDrill.Trial result = LeaderKillDrill.run(cluster, topics, topic, guarantee);
                    System.out.printf("trial %2d  %s%n", trial, result.line());
                    lost.merge(guarantee, (long) result.lostAcknowledged().size(), Long::sum);
                    acknowledged.merge(guarantee, (long) result.acknowledged().size(), Long::sum);
                }
            }
            System.out.printf("%nOver %d trial%s of %d records each (a leader killed in every trial):%n", trials,
                    trials == 1 ? "" : "s", LeaderKillDrill.RECORDS);
            for (Guarantee guarantee : Guarantee.values()) {
                System.out.printf("  %-12s acknowledged %5d   acknowledged but lost %5d%n", guarantee,
                        acknowledged.get(guarantee), lost.get(guarantee));
            }
        }
    }
}
