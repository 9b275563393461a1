package dev.kafkalabs.lab04.starter;

import dev.kafkalabs.lab04.bench.HiddenErrorsDemo;

/**
 * Lab 4.3 - fire-and-forget hides errors: {@code ./labs run 4.3}. Sends a record the broker refuses,
 * each of the three ways, through this package's {@link ThreeWaySender}.
 */
public final class HiddenErrors {

    private HiddenErrors() {
    }

    public static void main(String[] argv) throws Exception {
        HiddenErrorsDemo.run(argv, ThreeWaySender::new);
    }
}
