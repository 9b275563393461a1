package dev.kafkalabs.lab04.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The statistics of a paired benchmark. Two configurations A and B run one right after the other, in
 * alternating order, many times; each pair gives one ratio A/B, measured under the same conditions. The
 * median of those ratios says how A compares with B; a distribution-free confidence interval for that
 * median (from the sign test) says whether the difference is larger than the pairs' spread.
 */
public final class Statistics {

    /** The confidence the interval of the median aims for (at least). */
    public static final double CONFIDENCE = 0.95;

    /**
     * An interval that holds the true median ratio with probability {@code coverage} (at least
     * {@link #CONFIDENCE}), whatever the distribution of the ratios: the k-th smallest and the k-th
     * largest of them.
     */
    public record Interval(double low, double high, double coverage) {

        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    /** Where A stands against B after all pairs: the median ratio, its interval, and the whole range. */
    public record Comparison(String a, String b, double[] ratios, double median, Optional<Interval> interval,
                             double min, double max) {

        /** True when the interval lies entirely above or below 1: the pairs agree on which one is faster. */
        public boolean isReal() {
            return interval.isPresent() && !interval.get().contains(1.0);
        }

        /** A sentence for the terminal: "async is 1.04x ProducerPerformance (95% interval 1.01..1.08): faster". */
        public String verdict() {
            String head = String.format("%s / %s = %.2f (median of %d pairs", a, b, median, ratios.length);
            if (interval.isEmpty()) {
                return head + String.format(", range %.2f..%.2f): too few pairs to tell (need at least %d)",
                        min, max, minimumPairs());
            }
            Interval i = interval.get();
            String range = String.format(", %.0f%% interval %.2f..%.2f, range %.2f..%.2f)", i.coverage() * 100,
                    i.low(), i.high(), min, max);
            if (!isReal()) {
                return head + range + ": within noise";
            }
            return head + range + ": " + a + " is " + difference(median);
        }
    }

    private Statistics() {
    }

    /** "4% faster", "12% slower", "2.5 times as fast", "300 times slower". */
    static String difference(double ratio) {
        if (ratio >= 2) {
            return String.format("%.1f times as fast", ratio);
        }
        if (ratio <= 0.5) {
            return String.format("%.0f times slower", 1 / ratio);
        }
        return String.format("%.0f%% %s", Math.abs(ratio - 1) * 100, ratio > 1 ? "faster" : "slower");
    }

    /**
     * The ratio of each pair: {@code a[i] / b[i]}, both measured in the same round.
     *
     * @throws IllegalArgumentException when the two lists do not pair up
     */
    public static double[] pairRatios(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("Cannot pair " + a.size() + " measurements with " + b.size());
        }
        double[] ratios = new double[a.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = a.get(i) / b.get(i);
        }
        return ratios;
    }

    /** Compares A with B from their per-round measurements (higher is better, e.g. records per second). */
    public static Comparison compare(String a, String b, List<Double> aValues, List<Double> bValues) {
        double[] ratios = pairRatios(aValues, bValues);
        return new Comparison(a, b, ratios, median(ratios), medianInterval(ratios),
                Arrays.stream(ratios).min().orElse(Double.NaN), Arrays.stream(ratios).max().orElse(Double.NaN));
    }

    /** The median of {@code values} (the mean of the middle two for an even count); NaN for none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * A confidence interval for the median of {@code values}, with no assumption about their distribution:
     * the k-th smallest and k-th largest value, for the largest k that still gives at least
     * {@link #CONFIDENCE} coverage. Each value falls below the true median with probability 1/2, so the
     * number below it is Binomial(n, 1/2); the interval misses the median only when k or fewer values fall
     * on one side. Empty when there are too few values for any such interval (fewer than 6).
     */
    public static Optional<Interval> medianInterval(double[] values) {
        int n = values.length;
        double tail = (1 - CONFIDENCE) / 2;
        int k = 0;
        while (k + 1 <= n / 2 && binomialHalfCdf(n, k) <= tail) {
            k++;
        }
        if (k == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Optional.of(new Interval(sorted[k - 1], sorted[n - k], 1 - 2 * binomialHalfCdf(n, k - 1)));
    }

    /** The fewest pairs that give an interval at all. */
    public static int minimumPairs() {
        int n = 1;
        while (medianInterval(new double[n]).isEmpty()) {
            n++;
        }
        return n;
    }

    /** P(X <= k) for X ~ Binomial(n, 1/2). */
    static double binomialHalfCdf(int n, int k) {
        double sum = 0;
        double term = Math.pow(0.5, n);
        for (int i = 0; i <= k; i++) {
            sum += term;
            term = term * (n - i) / (i + 1);
        }
        return sum;
    }

    /**
     * The order in which round {@code round} (0-based) runs {@code configurations}: as given in even
     * rounds, reversed in odd ones (A B C, C B A, A B C, ...). Neighbours stay neighbours, so the runs of
     * a pair are never far apart in time, and each one runs first as often as the other: a slow spell or
     * a warming cache does not always hit the same one.
     */
    public static <T> List<T> roundOrder(List<T> configurations, int round) {
        List<T> order = new ArrayList<>(configurations);
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    /**
     * True when the last {@code window} rates lie within {@code tolerance} (e.g. 0.10 for 10%) of their
     * median: the JIT has compiled the hot code and the rate has stopped climbing.
     */
    public static boolean settled(List<Double> rates, int window, double tolerance) {
        if (rates.size() < window) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - window, rates.size());
        double median = median(last);
        return last.stream().allMatch(rate -> Math.abs(rate - median) <= tolerance * median);
    }

    /** The quantile (0..1) of {@code sortedValues} by the nearest-rank method. */
    public static double percentile(double[] sortedValues, double quantile) {
        if (sortedValues.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sortedValues.length);
        return sortedValues[Math.max(0, rank - 1)];
    }
}
