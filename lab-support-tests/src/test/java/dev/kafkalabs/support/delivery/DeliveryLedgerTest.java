package dev.kafkalabs.support.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {

    @Test
    void everyEventOnceIsExactlyOnce() {
        DeliveryReport report = new DeliveryLedger().recordAll(List.of(2, 0, 1, 3)).report(4);

        assertThat(report).isEqualTo(new DeliveryReport(4, 4, 0, 0, 0, 0, -1));
        assertThat(report.exactlyOnce()).isTrue();
    }

    @Test
    void repeatsAreDuplicates() {
        DeliveryReport report = new DeliveryLedger().recordAll(List.of(0, 1, 2, 1, 2, 2, 3)).report(4);

        assertThat(report.processed()).isEqualTo(7);
        assertThat(report.duplicates()).as("1 seen twice, 2 three times").isEqualTo(3);
        assertThat(report.missing()).isZero();
        assertThat(report.gaps()).isZero();
        assertThat(report.exactlyOnce()).isFalse();
    }

    @Test
    void missingNumbersAreCountedAndGroupedIntoGaps() {
        DeliveryReport report = new DeliveryLedger().recordAll(List.of(0, 3, 4, 6)).report(9);

        assertThat(report.missing()).as("1, 2, 5, 7, 8").isEqualTo(5);
        assertThat(report.gaps()).as("[1-2], [5], [7-8]").isEqualTo(3);
        assertThat(report.firstMissing()).isEqualTo(1);
        assertThat(report.duplicates()).isZero();
    }

    @Test
    void numbersOutsideTheRangeAreUnexpectedNotProcessed() {
        DeliveryReport report = new DeliveryLedger().recordAll(List.of(0, 1, 7, -1)).report(2);

        assertThat(report.processed()).isEqualTo(2);
        assertThat(report.unexpected()).isEqualTo(2);
        assertThat(report.exactlyOnce()).isFalse();
    }

    @Test
    void nothingProcessedIsOneGap() {
        DeliveryReport report = new DeliveryLedger().report(5);

        assertThat(report.missing()).isEqualTo(5);
        assertThat(report.gaps()).isEqualTo(1);
        assertThat(report.table()).contains("missing").contains("1 gap)");
    }
}
