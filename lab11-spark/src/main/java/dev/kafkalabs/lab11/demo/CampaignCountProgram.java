package dev.kafkalabs.lab11.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkalabs.lab11.CampaignCounter;
import dev.kafkalabs.lab11.Campaigns;
import dev.kafkalabs.lab11.SparkCluster;
import dev.kafkalabs.lab11.SparkSessions;
import dev.kafkalabs.lab11.solution.CampaignCount;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import dev.kafkalabs.support.clicks.ClickTopics;
import dev.kafkalabs.support.clicks.CounterOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The 11.4 program ({@code ./labs run 11.4}): counts the events of a topic per marketing campaign with the
 * exercise's {@link CampaignCount} (the starter's or the solution's, see {@link Variant}) in one batch job,
 * on {@code local[2]}, on the cluster {@code --master} names, or on a Spark standalone cluster it starts
 * itself ({@code --cluster}: a master and two workers, each a JVM of its own).
 */
public final class CampaignCountProgram {

    static final String USAGE = "./labs run 11.4 -- [--topic T] [--campaigns NAME=DOMAIN,DOMAIN;NAME=...] "
            + "[--master URL | --cluster] [--json]";
    static final String DEFAULT_CAMPAIGNS = "video=youtube.com,netflix.com;shopping=amazon.com,ebay.com;"
            + "news=cnn.com,bbc.co.uk,nytimes.com";
    private static final int WORKERS = 2;
    private static final Duration CLUSTER_START = Duration.ofSeconds(120);

    private CampaignCountProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("topic", "campaigns", "master"), List.of("cluster", "json"));
        String topic = args.value("topic", CounterOptions.TOPIC);
        Map<String, String> campaigns = Campaigns.parse(args.value("campaigns", DEFAULT_CAMPAIGNS));
        if (args.flag("cluster") && args.valueOrNull("master") != null) {
            throw new UsageException("--cluster starts a cluster of its own: give it or --master, not both.\nUsage: " + USAGE);
        }
        if (args.flag("cluster")) {
            long start = System.nanoTime();
            try (SparkCluster cluster = SparkCluster.start(WORKERS)) {
                cluster.awaitReady(CLUSTER_START);
                System.err.printf("Spark master and %d workers (each a JVM) ready in %.1f s at %s%n", WORKERS,
                        (System.nanoTime() - start) / 1e9, cluster.masterUrl());
                run(args, topic, campaigns, cluster.masterUrl());
                // The application ends before its cluster: its executors are removed, not lost.
                SparkSessions.get().stop();
            }
        } else {
            run(args, topic, campaigns, args.valueOrNull("master"));
        }
    }

    private static void run(Args args, String topic, Map<String, String> campaigns, String master) throws Exception {
        // As 11.2: a topic that is not there yet is created (empty) rather than failing the batch query.
        Topics.ensureExist(ClickTopics.log(topic));
        CampaignCounter.Result result = new CampaignCounter().count(SparkSessions.get(master), topic, campaigns);
        if (args.flag("json")) {
            System.out.println(new ObjectMapper().writeValueAsString(result));
            return;
        }
        System.out.printf("Events per campaign in %s (%s):%n", topic, result.executors() == 0
                ? "the tasks ran in this JVM" : "the tasks ran on " + result.executors() + " executors, JVMs of their own");
        result.counts().forEach((campaign, count) -> System.out.printf("  %-12s %,10d%n", campaign, count));
        if (result.counts().isEmpty()) {
            System.out.println("  (no events: write some with ./labs run 6.1, or name another topic with --topic)");
        }
    }
}
