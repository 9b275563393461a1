package dev.kafkalabs.lab07;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.KafkaCluster;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The lab's programs each start their own three-broker cluster: they stop and kill its brokers. */
public final class DemoCluster {

    private DemoCluster() {
    }

    public static KafkaCluster start() {
        System.out.println("Starting a Kafka cluster: one KRaft controller and three brokers, each in its own JVM ...");
        long start = System.nanoTime();
        KafkaCluster cluster = KafkaCluster.start(KafkaCluster.DEFAULT_BROKERS);
        System.out.printf("Cluster ready in %.1f s:%n%s%n", (System.nanoTime() - start) / 1e9, cluster.status());
        // Programs started from here (in this JVM or a child JVM) use the cluster.
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, cluster.bootstrapServers());
        return cluster;
    }

    public static Properties clientProperties(KafkaCluster cluster) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        return properties;
    }
}
