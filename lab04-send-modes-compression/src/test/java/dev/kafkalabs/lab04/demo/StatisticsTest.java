package dev.kafkalabs.lab04.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void pairsTheMeasurementsOfTheSameRound() {
        assertThat(Statistics.pairRatios(List.of(100.0, 300.0, 90.0), List.of(50.0, 300.0, 100.0)))
                .containsExactly(2.0, 1.0, 0.9);
    }

    @Test
    void refusesMeasurementsThatDoNotPairUp() {
        assertThatThrownBy(() -> Statistics.pairRatios(List.of(1.0, 2.0), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cannot pair 2");
    }

    @Test
    void pairingCancelsASlowSpellThatHitsBothSides() {
        // The machine was twice as slow in round 2: both sides dropped, their ratio did not.
        List<Double> a = List.of(110.0, 55.0, 110.0, 110.0, 55.0, 110.0);
        List<Double> b = List.of(100.0, 50.0, 100.0, 100.0, 50.0, 100.0);

        Statistics.Comparison comparison = Statistics.compare("a", "b", a, b);

        assertThat(comparison.median()).isCloseTo(1.1, within(1e-9));
        assertThat(comparison.min()).isCloseTo(1.1, within(1e-9));
        assertThat(comparison.max()).isCloseTo(1.1, within(1e-9));
        assertThat(comparison.isReal()).as("every pair says a is 10% faster").isTrue();
    }

    @Test
    void medianOfAnOddAndAnEvenNumberOfValues() {
        assertThat(Statistics.median(new double[] {9, 1, 5})).isEqualTo(5);
        assertThat(Statistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Statistics.median(List.of(3.0))).isEqualTo(3);
        assertThat(Statistics.median(new double[0])).isNaN();
    }

    @Test
    void theMedianIntervalIsTheKthSmallestAndLargestValue() {
        double[] twelve = {1.12, 1.01, 0.97, 1.05, 1.30, 0.80, 1.02, 1.04, 0.99, 1.03, 1.00, 1.06};

        Statistics.Interval interval = Statistics.medianInterval(twelve).orElseThrow();

        // n = 12: P(Binomial(12, 1/2) <= 2) = 79/4096 <= 2.5%, so the 3rd smallest and 3rd largest.
        assertThat(interval.low()).isEqualTo(0.99);
        assertThat(interval.high()).isEqualTo(1.06);
        assertThat(interval.coverage()).isCloseTo(1 - 2 * 79 / 4096.0, within(1e-12));
    }

    @Test
    void sixPairsAreTheFewestThatGiveAnInterval() {
        assertThat(Statistics.medianInterval(new double[] {1, 2, 3, 4, 5})).isEmpty();
        Statistics.Interval six = Statistics.medianInterval(new double[] {6, 1, 5, 2, 4, 3}).orElseThrow();
        assertThat(six.low()).isEqualTo(1);
        assertThat(six.high()).isEqualTo(6);
        assertThat(six.coverage()).isCloseTo(1 - 2 / 64.0, within(1e-12));
        assertThat(Statistics.minimumPairs()).isEqualTo(6);
    }

    @Test
    void theIntervalCoversTheTrueMedianAtLeastAsOftenAsPromised() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        int trials = 20_000;
        int covered = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] ratios = new double[10];
            for (int i = 0; i < ratios.length; i++) {
                // Skewed noise around a true median of 1.0: an exponential, shifted so its median is 0.
                ratios[i] = 1.0 + (-Math.log(1 - random.nextDouble()) - Math.log(2)) * 0.05;
            }
            if (Statistics.medianInterval(ratios).orElseThrow().contains(1.0)) {
                covered++;
            }
        }
        assertThat((double) covered / trials).as("share of intervals that contain the true median")
                .isGreaterThanOrEqualTo(Statistics.CONFIDENCE - 0.01);
    }

    @Test
    void aDifferenceInsideTheSpreadIsWithinNoise() {
        List<Double> a = List.of(100.0, 104.0, 96.0, 103.0, 98.0, 100.0, 97.0, 102.0);
        List<Double> b = List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0);

        Statistics.Comparison comparison = Statistics.compare("async", "PP", a, b);

        assertThat(comparison.isReal()).isFalse();
        assertThat(comparison.verdict()).startsWith("async / PP = 1.00 (median of 8 pairs").endsWith("within noise");
    }

    @Test
    void aDifferenceLargerThanTheSpreadIsNamed() {
        List<Double> a = List.of(93.0, 95.0, 94.0, 96.0, 92.0, 94.0, 95.0, 93.0);
        List<Double> b = List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0);

        Statistics.Comparison comparison = Statistics.compare("fire-and-forget", "async", a, b);

        assertThat(comparison.isReal()).isTrue();
        assertThat(comparison.verdict()).endsWith("fire-and-forget is 6% slower");
    }

    @Test
    void tooFewPairsAreSaidToBeTooFew() {
        Statistics.Comparison comparison = Statistics.compare("a", "b", List.of(2.0, 2.0, 2.0), List.of(1.0, 1.0, 1.0));

        assertThat(comparison.isReal()).as("three pairs cannot make a 95% interval").isFalse();
        assertThat(comparison.verdict()).contains("too few pairs to tell (need at least 6)");
    }

    @Test
    void roundsAlternateForwardAndBackwardSoThatNeighboursStayNeighbours() {
        List<String> configs = List.of("PP", "async", "fire-and-forget");

        assertThat(Statistics.roundOrder(configs, 0)).containsExactly("PP", "async", "fire-and-forget");
        assertThat(Statistics.roundOrder(configs, 1)).containsExactly("fire-and-forget", "async", "PP");
        assertThat(Statistics.roundOrder(configs, 2)).containsExactly("PP", "async", "fire-and-forget");
        Map<String, Integer> firstOfPair = new HashMap<>();
        for (int round = 0; round < 10; round++) {
            List<String> order = Statistics.roundOrder(configs, round);
            firstOfPair.merge(order.indexOf("PP") < order.indexOf("async") ? "PP" : "async", 1, Integer::sum);
        }
        assertThat(firstOfPair).as("each side of the pair runs first equally often")
                .containsEntry("PP", 5).containsEntry("async", 5);
    }

    @Test
    void namesADifferenceInWordsThatFitItsSize() {
        assertThat(Statistics.difference(1.04)).isEqualTo("4% faster");
        assertThat(Statistics.difference(0.88)).isEqualTo("12% slower");
        assertThat(Statistics.difference(2.5)).isEqualTo("2.5 times as fast");
        assertThat(Statistics.difference(1 / 300.0)).isEqualTo("300 times slower");
    }

    @Test
    void aRateHasSettledWhenTheLastFewAgree() {
        assertThat(Statistics.settled(List.of(50.0, 80.0, 100.0), 3, 0.10)).as("still climbing").isFalse();
        assertThat(Statistics.settled(List.of(50.0, 80.0, 100.0, 104.0, 97.0), 3, 0.10)).isTrue();
        assertThat(Statistics.settled(List.of(100.0, 100.0), 3, 0.10)).as("fewer rates than the window").isFalse();
    }
}
