package dev.kafkalabs.lab04.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProducerPerformanceRunTest {

    @Test
    void readsTheLastSummaryLineAndIgnoresTheProgressLines() {
        String output = """
                250463 records sent, 50082.6 records/sec (24.45 MB/sec), 421.2 ms avg latency, 690.0 ms max latency.
                300000 records sent, 52345.123456 records/sec (25.56 MB/sec), 398.41 ms avg latency, 702.00 ms max latency, 380 ms 50th, 640 ms 95th, 690 ms 99th, 701 ms 99.9th.
                """;

        ProducerPerformanceRun.Figures figures = ProducerPerformanceRun.parse(output);

        assertThat(figures).isEqualTo(new ProducerPerformanceRun.Figures(300_000, 52345.123456, 25.56, 398.41, 702.0,
                380, 640, 690, 701, Double.NaN));
    }

    @Test
    void readsNumbersPrintedWithADecimalComma() {
        String output = "1000 records sent, 812,500000 records/sec (0,40 MB/sec), 5,10 ms avg latency, 9,00 ms max "
                + "latency, 5 ms 50th, 8 ms 95th, 9 ms 99th, 9 ms 99.9th.";

        ProducerPerformanceRun.Figures figures = ProducerPerformanceRun.parse(output);

        assertThat(figures.recordsPerSecond()).isEqualTo(812.5);
        assertThat(figures.megabytesPerSecond()).isEqualTo(0.40);
    }

    @Test
    void saysWhatItPrintedWhenThereIsNoSummary() {
        assertThatThrownBy(() -> ProducerPerformanceRun.parse("org.apache.kafka.common.KafkaException: boom"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no summary line")
                .hasMessageContaining("boom");
    }
}
