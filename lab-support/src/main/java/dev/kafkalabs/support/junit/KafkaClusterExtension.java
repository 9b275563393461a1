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
 * test JVM and made whole again (every broker running) after each test. See {@link ClusterCheck}.
 */
public final class KafkaClusterExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaClusterExtension.class);

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

    private static TestCluster shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(TestCluster.class, key -> startShared(), TestCluster.class);
    }

    private static TestCluster startShared() {
        long start = System.nanoTime();
        KafkaCluster cluster = KafkaCluster.start(KafkaCluster.DEFAULT_BROKERS);
        LOG.info("Checks use the {} (ready in {} ms)", cluster.description(), (System.nanoTime() - start) / 1_000_000);
        // Programs and TestKafka in this JVM, and child JVMs, find the cluster through the broker rule.
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, cluster.bootstrapServers());
        return new TestCluster(cluster);
    }
}
