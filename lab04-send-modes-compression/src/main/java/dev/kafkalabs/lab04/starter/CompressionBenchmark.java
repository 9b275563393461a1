package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.bench.CompressionBenchmarkRunner;

/**
 * Lab 4.2 - the compression benchmark: {@code ./labs run 4.2 -- [--records N] [--runs R] [--csv FILE]}.
 * Every codec, on clickstream JSON and on random bytes, through this package's compressing producers.
 */
public final class CompressionBenchmark {

    private CompressionBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        CompressionBenchmarkRunner.run(argv, new CompressedProducers());
    }
}
