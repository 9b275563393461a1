package dev.kafkalabs.lab04.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void medianOfAnOddAndAnEvenNumberOfValues() {
        assertThat(Statistics.median(new double[] {9, 1, 5})).isEqualTo(5);
        assertThat(Statistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void percentilesByNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Statistics.percentile(hundred, 0.50)).isEqualTo(50);
        assertThat(Statistics.percentile(hundred, 0.99)).isEqualTo(99);
        assertThat(Statistics.percentile(new long[] {7}, 0.99)).isEqualTo(7);
    }

    @Test
    void poolsRunsIntoOneSortedArray() {
        assertThat(Statistics.sortedConcatenation(List.of(new long[] {5, 1}, new long[] {3}, new long[0])))
                .containsExactly(1, 3, 5);
    }
}
