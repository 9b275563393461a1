package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;

/**
 * Lab 3.7 - at-most-once, live: your {@code AtMostOnceConsumer} is frozen in the middle of the stream and
 * killed with SIGKILL, a replacement finishes the job; nothing is processed twice, the rest of the batch is lost.
 */
public final class AtMostOnceDemo {

    private AtMostOnceDemo() {
    }

    public static void main(String[] argv) {
        CrashDrill.runDemo("AtMostOnceDemo", argv, Guarantee.AT_MOST_ONCE, "At-most-once: commit each batch before processing it");
    }
}
