package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class CheckRecorderTest {

    @Test
    void aFailureIsReportedWithItsDeepestCause() {
        KafkaException failure = new KafkaException("Failed to construct kafka producer", new ConfigException(
                "delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms"));

        assertThat(CheckRecorder.describe(failure)).isEqualTo("Failed to construct kafka producer (cause: "
                + "ConfigException: delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms)");
    }

    @Test
    void aCauseAlreadyInTheMessageIsNotRepeated() {
        IllegalStateException failure = new IllegalStateException("send failed: broker down",
                new RuntimeException("broker down"));

        assertThat(CheckRecorder.describe(failure)).isEqualTo("send failed: broker down");
    }

    @Test
    void aFailureWithoutMessageIsReportedByItsFirstCauseWithOne() {
        RuntimeException failure = new RuntimeException(null, new IllegalArgumentException("no topic given"));

        assertThat(CheckRecorder.describe(failure)).isEqualTo("no topic given");
    }

    private static final Duration LIMIT = Duration.ofMillis(500);

    @Test
    void anAwaitilityTimeoutStartsWithWhatWasAwaitedNotWithAwaitilitysOwnWords() {
        // Each wait must see its assertion fail at least once: a CI run at load 10 spent a 50 ms limit before
        // the first try had loaded its classes, and Awaitility then has no assertion message to give. The
        // assertion's classes are loaded here first, and the limit leaves room for a slow first try.
        catchThrowable(() -> assertThat(1).as("records still to do").isEqualTo(0));
        Throwable aliased = catchThrowable(() -> await("the settled batch").pollDelay(Duration.ZERO).atMost(LIMIT)
                .untilAsserted(() -> assertThat(1).as("records still to do").isEqualTo(0)));
        Throwable plain = catchThrowable(() -> await().pollDelay(Duration.ZERO).atMost(LIMIT)
                .untilAsserted(() -> assertThat(1).as("records still to do").isEqualTo(0)));
        Throwable condition = catchThrowable(() -> await("the broker").pollDelay(Duration.ZERO).atMost(LIMIT).until(() -> false));

        assertThat(CheckRecorder.describe(aliased)).as("from %s", aliased.getMessage())
                .startsWith("Waited 500 milliseconds for the settled batch: [records still to do]");
        assertThat(CheckRecorder.describe(plain)).as("from %s", plain.getMessage()).startsWith("[records still to do]");
        assertThat(CheckRecorder.describe(condition)).as("from %s", condition.getMessage())
                .startsWith("Waited 500 milliseconds for the broker: ");
    }
}
