package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;

/**
 * Lab 3.5 - at-least-once, live: your {@code AtLeastOnceConsumer} is frozen in the middle of the stream and
 * killed with SIGKILL, a replacement finishes the job; nothing is missing, a few records are processed twice.
 */
public final class AtLeastOnceDemo {

    private AtLeastOnceDemo() {
    }

    public static void main(String[] argv) {
        CrashDrill.runDemo("AtLeastOnceDemo", argv, Guarantee.AT_LEAST_ONCE, "At-least-once: commit what was processed, every few records");
    }
}
