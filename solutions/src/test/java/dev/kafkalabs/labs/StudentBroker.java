package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One broker for every test class of the test JVM that registers this, as a student's {@code ./labs broker}
 * is for their checks: every check JVM the tests start uses it, where each would otherwise start its own.
 * Started before the first such class, stopped when the JVM's tests are done. Register it with
 * {@code @RegisterExtension static final StudentBroker broker = new StudentBroker();}. A test that stops its
 * broker (to see what the launcher does then) starts one of its own instead.
 */
final class StudentBroker implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StudentBroker.class);

    private Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    }

    String bootstrapServers() {
        return running.broker.bootstrapServers();
    }

    /** The broker, closed by JUnit with the root context's store once every test class is done. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();

        @Override
        public void close() {
            broker.close();
        }
    }
}
