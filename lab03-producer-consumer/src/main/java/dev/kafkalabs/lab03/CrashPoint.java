package dev.kafkalabs.lab03;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named places in the crash exercises' programs where a drill can freeze the program, to kill it (SIGKILL)
 * at exactly that point: {@code -Dlab03.crash-point=record:25} freezes the program the 25th time it
 * reaches {@code CrashPoint.reached("record")}. It prints {@code PAUSED at record #25} and waits to be
 * killed. Without the property, {@link #reached(String)} does nothing.
 *
 * <p>The crash itself is real: the drill kills the frozen JVM from outside, so no {@code finally}, no
 * shutdown hook and no {@code close()} runs. Freezing first only makes the moment reproducible.
 */
public final class CrashPoint {

    public static final String PROPERTY = "lab03.crash-point";

    private static final Map<String, AtomicInteger> TIMES_REACHED = new ConcurrentHashMap<>();

    private CrashPoint() {
    }

    /** Marks that the program reached point {@code name}; freezes here if this is the requested crash point. */
    public static void reached(String name) {
        String requested = System.getProperty(PROPERTY);
        if (requested == null || !requested.startsWith(name + ":")) {
            return;
        }
        int times = TIMES_REACHED.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
        if (times != Integer.parseInt(requested.substring(name.length() + 1))) {
            return;
        }
        System.out.printf("PAUSED at %s #%d - waiting to be killed%n", name, times);
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The system property value that freezes at the {@code times}-th visit of {@code name}. */
    public static String at(String name, int times) {
        return name + ":" + times;
    }
}
