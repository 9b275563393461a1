package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One broker for a test class, as a student's {@code ./labs broker} is for their checks: every check JVM the
 * class's tests start uses it, where each would otherwise start its own. Register it with
 * {@code @RegisterExtension static final StudentBroker broker = new StudentBroker();}.
 */
final class StudentBroker implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafkaBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = EmbeddedKafkaBroker.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        broker.close();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
