package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

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
}
