package dev.kafkalabs.lab04.bench;

import java.util.Arrays;

/** The few statistics the benchmarks report. */
public final class Statistics {

    private Statistics() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The {@code quantile} (0..1) of {@code sortedValues} by the nearest-rank method: the smallest value
     * that at least that fraction of the values do not exceed.
     */
    public static long percentile(long[] sortedValues, double quantile) {
        if (sortedValues.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(quantile * sortedValues.length);
        return sortedValues[Math.max(0, rank - 1)];
    }

    /** All of {@code parts} in one sorted array. */
    public static long[] sortedConcatenation(Iterable<long[]> parts) {
        int length = 0;
        for (long[] part : parts) {
            length += part.length;
        }
        long[] all = new long[length];
        int position = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, position, part.length);
            position += part.length;
        }
        Arrays.sort(all);
        return all;
    }
}
