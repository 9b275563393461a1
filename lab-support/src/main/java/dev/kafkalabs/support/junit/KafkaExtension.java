package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
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
public final class KafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

    /**
     * Starts (or finds) the broker before a class's first test, so that programs run by a test that
     * takes no {@link TestKafka} parameter already see {@code kafka.bootstrap.servers}.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return shared(extensionContext);
    }

    private static TestKafka shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(TestKafka.class, key -> startShared(), TestKafka.class);
    }

    private static TestKafka startShared() {
        long start = System.nanoTime();
        RunningBroker broker = Brokers.acquire();
        LOG.info("Checks use the {} (ready in {} ms)", broker.description(), (System.nanoTime() - start) / 1_000_000);
        // Programs started by the checks, in this JVM or in a child JVM, find the same broker.
        Brokers.publish(broker);
        return new TestKafka(broker);
    }
}
