package dev.kafkalabs.lab07.demo;

import dev.kafkalabs.lab07.AckingProducer;
import dev.kafkalabs.lab07.DemoCluster;
import dev.kafkalabs.lab07.FailoverDrill;
import dev.kafkalabs.lab07.Guarantee;
import dev.kafkalabs.lab07.ReplicatedTopics;
import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.broker.KafkaCluster;
import dev.kafkalabs.support.cli.Args;
import java.util.List;

/**
 * {@code ./labs run 7.4}: exercise 7.4's reader reads on across a leader crash, then crashes itself in
 * the middle of a batch; a replacement in the same group finishes ({@link FailoverDrill}).
 */
public final class FailoverDemo {

    static final String USAGE = "FailoverDemo";

    private FailoverDemo() {
    }

    public static void main(String[] argv) {
        Args.parse(argv, USAGE, List.of(), List.of());
        try (KafkaCluster cluster = DemoCluster.start()) {
            ReplicatedTopics topics = Variant.current().instantiate(ReplicatedTopics.class, ReplicatedTopic.class,
                    cluster.admin());
            String topic = Topics.uniqueName("lab07-failover");
            topics.create(topic, 1);
            try (AckingProducer producer = Variant.current().instantiate(AckingProducer.class, AcksProducer.class,
                    DemoCluster.clientProperties(cluster), Guarantee.REPLICATED)) {
                System.out.printf("Reading %d records in group %s; the leader dies after record 40, the reader "
                        + "hangs before record %d and is killed ...%n", FailoverDrill.RECORDS, topic + "-group",
                        FailoverDrill.FREEZE_BEFORE);
                FailoverDrill.Result result = FailoverDrill.run(cluster, topics, topic, topic + "-group", producer);
                System.out.println(result.summary());
                System.out.println("processed twice: " + result.processedTwice());
                System.out.println("never processed: " + result.neverProcessed());
            }
        }
    }
}
