package dev.kafkalabs.lab03;

import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The steps of a crash demo (3.4 - 3.6): start a consumer in its own JVM, freeze it at a crash point,
 * kill it for real (SIGKILL), start a replacement, then count duplicates and gaps.
 */
public final class DrillRun {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private DrillRun() {
    }

    /** A fresh, empty file for a consumer's processed log. */
    public static Path newProcessedFile(String name) {
        try {
            Path file = Files.createTempFile(name + "-", ".processed");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file", e);
        }
    }

    /** Starts {@code main} in a child JVM; frozen at {@code crashPoint} (see {@link CrashPoint}) unless null. */
    public static ChildProcess start(Class<?> main, String crashPoint, String... args) {
        ChildJvm jvm = ChildJvm.of(main).args(args);
        if (crashPoint != null) {
            jvm.systemProperty(CrashPoint.PROPERTY, crashPoint);
        }
        return jvm.start();
    }

    /** Waits until the child is frozen at its crash point, then kills it with SIGKILL. */
    public static void crashWhenPaused(ChildProcess child) {
        String paused = child.awaitOutput("PAUSED at", PATIENCE);
        System.out.printf("  %s -> kill -9%n", paused);
        child.kill();
    }

    /** Waits (checking every 50 ms) until {@code condition} holds; fails if the child exits or time runs out. */
    public static void waitFor(String description, ChildProcess child, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new IllegalStateException("The consumer exited before " + description + ":\n" + child.tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No " + description + " within " + PATIENCE + ":\n" + child.tail());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + description, e);
            }
        }
    }

    /** Stops the child with SIGTERM and says how it ended. */
    public static void stop(ChildProcess child) {
        int exitCode = child.stopGracefully(Duration.ofSeconds(30));
        System.out.printf("  replacement stopped with SIGTERM, exit code %d%n", exitCode);
    }

    /** Offsets per partition, in partition order: {@code p0=34 p1=36 p2=0}. */
    public static String offsets(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(TopicPartition::partition)))
                .map(entry -> "p" + entry.getKey().partition() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }

    /** How many distinct event numbers a processed log holds. */
    public static long distinctProcessed(Path processed) {
        return ProcessedLog.read(processed).stream().mapToLong(ProcessedLog.Entry::number).distinct().count();
    }

    /** Duplicates and gaps of events {@code 0 .. expected-1} according to a processed log. */
    public static DeliveryReport report(Path processed, int expected) {
        DeliveryLedger ledger = new DeliveryLedger();
        ProcessedLog.read(processed).forEach(entry -> ledger.record(entry.number()));
        return ledger.report(expected);
    }
}
