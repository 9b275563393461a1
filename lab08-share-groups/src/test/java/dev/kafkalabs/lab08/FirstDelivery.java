package dev.kafkalabs.lab08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The checks' first wait: until a share consumer has been handed any record at all. A new share group's
 * first delivery takes longest (the broker creates the groups' state on first use), so this wait is
 * generous, and the waits for the behaviour under test after it can be short.
 */
final class FirstDelivery {

    /**
     * Several times what the first delivery takes on a loaded machine; not more, because a wrong answer that
     * is never delivered anything (8.1's share group starting at the latest offset) waits all of it.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private FirstDelivery() {
    }

    /**
     * Waits until {@code deliveries} holds a delivery; {@code why} explains an empty wait,
     * {@code explainFailure} a consumer's failure.
     */
    static void awaitAny(Crew crew, Deliveries deliveries, String why, UnaryOperator<String> explainFailure) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            crew.throwIfFailed(explainFailure);
            assertThat(deliveries.size()).as("records delivered to the consumers within %d s%s",
                    PATIENCE.toSeconds(), why).isPositive();
        });
    }
}
