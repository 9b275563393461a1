package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.KafkaCluster;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives tests a {@link TestCluster}: an embedded {@link KafkaCluster} of three brokers, started once per
 * test JVM (also across several launcher runs in one JVM, as when every mutant is checked in one go),
 * stopped when the JVM exits, and made whole again (every broker running) after each test. See
 * {@link ClusterCheck}.
 */
public final class KafkaClusterExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);
    private static TestCluster shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        shared(context).restoreAll();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return shared(extensionContext);
    }

    private static synchronized TestCluster shared(ExtensionContext context) {
        KafkaCluster cluster = SharedResources.get(KafkaCluster.class, KafkaClusterExtension::startCluster);
        if (shared == null || shared.cluster() != cluster) {
            shared = new TestCluster(cluster);
        }
        // Each run finds the cluster through the broker rule, even when an earlier run in this JVM set another.
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, cluster.bootstrapServers());
        return shared;
    }

    /** Started once per JVM ({@link SharedResources}); {@link KafkaCluster} stops it when the JVM exits. */
    private static KafkaCluster startCluster() {
        long start = System.nanoTime();
        KafkaCluster cluster = KafkaCluster.start(KafkaCluster.DEFAULT_BROKERS);
        LOG.info("Checks use the {} (ready in {} ms)", cluster.description(), (System.nanoTime() - start) / 1_000_000);
        return cluster;
    }
}
