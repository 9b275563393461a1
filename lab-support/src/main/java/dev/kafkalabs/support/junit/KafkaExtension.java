package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives tests a {@link TestKafka}. The broker is chosen by {@link Brokers#acquire()} once per test JVM,
 * shared by every test class, and stopped when the JVM's tests are done.
 *
 * <p>Use it through {@link ExerciseCheck}, or directly with {@code @ExtendWith(KafkaExtension.class)}.
 */
public final class KafkaExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(TestKafka.class, key -> startShared(), TestKafka.class);
    }

    private static TestKafka startShared() {
        long start = System.nanoTime();
        RunningBroker broker = Brokers.acquire();
        LOG.info("Checks use the {} (ready in {} ms)", broker.description(), (System.nanoTime() - start) / 1_000_000);
        // Programs started by the checks, in this JVM or in a child JVM, find the same broker.
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, broker.bootstrapServers());
        return new TestKafka(broker);
    }
}
