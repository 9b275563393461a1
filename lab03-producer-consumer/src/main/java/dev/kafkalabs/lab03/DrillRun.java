package dev.kafkalabs.lab03;

import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The steps of a crash demo (3.4 - 3.6): start a consumer in its own JVM, freeze it at a crash point,
 * kill it for real (SIGKILL), start a replacement, then count duplicates and gaps.
 */
public final class DrillRun {

    private static final String TODO_MARKER = ": Lab 3.";
    private static final Pattern STACK_FRAME = Pattern.compile("at ([\\w.$]+)\\.([\\w$<>]+)\\(([^:)]+):(\\d+)\\)");

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

    /** A path for a {@link StopSignal#whenFileExists stop file}: it does not exist until {@link #stop} creates it. */
    public static Path newStopFile(String name) {
        Path file = newProcessedFile(name + "-stop");
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the stop file " + file, e);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * Starts {@code main} (a runner that picks the exercise's class through {@code Variant.current()}; the
     * child inherits {@code -Dlab.variant}) in a child JVM, frozen at {@code crashPoint} (see {@link CrashPoint})
     * unless null.
     */
    public static ChildProcess start(Class<?> main, String crashPoint, String... args) {
        ChildJvm jvm = ChildJvm.of(main).args(args);
        if (crashPoint != null) {
            jvm.systemProperty(CrashPoint.PROPERTY, crashPoint);
        }
        return jvm.start();
    }

    /** Waits until the child is frozen at its crash point, then kills it with SIGKILL. */
    public static void crashWhenPaused(ChildProcess child) {
        String paused = awaitLines(child, "PAUSED at", 1).get(0);
        System.out.printf("  %s -> kill -9%n", paused);
        child.kill();
    }

    /** Waits until the child has printed {@code count} lines starting with {@code prefix}, and returns them. */
    public static List<String> awaitLines(ChildProcess child, String prefix, int count) {
        AtomicInteger seen = new AtomicInteger();
        try {
            child.awaitLine(line -> line.startsWith(prefix) && seen.incrementAndGet() == count,
                    count + " line(s) starting with '" + prefix + "'", Waiting.PATIENCE);
        } catch (AssertionError e) {
            throw failureOf(child, e);
        }
        return child.output().stream().filter(line -> line.startsWith(prefix)).limit(count).toList();
    }

    /** Waits until {@code condition} holds; fails at once if the child exits, and when time runs out. */
    public static void waitFor(String description, ChildProcess child, BooleanSupplier condition) {
        BooleanSupplier heldWhileAlive = () -> {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!child.isAlive()) {
                throw failureOf(child, new IllegalStateException("The consumer exited before " + description + ":\n"
                        + child.tail()));
            }
            return false;
        };
        try {
            Waiting.await(description, Waiting.PATIENCE, heldWhileAlive);
        } catch (Waiting.TimedOut e) {
            throw new IllegalStateException(e.getMessage() + ":\n" + child.tail(), e);
        }
    }

    /**
     * When the child died of a starter's TODO ("Lab 3.x: ..."), that TODO, pointing at the child's line that
     * threw it, so that {@code ./labs run --starter} says what to write and where; otherwise {@code failure}.
     */
    private static RuntimeException failureOf(ChildProcess child, Throwable failure) {
        List<String> output = child.output();
        for (int i = 0; i < output.size(); i++) {
            String line = output.get(i);
            if (line.contains(TODO_MARKER)) {
                UnsupportedOperationException todo = new UnsupportedOperationException(
                        line.substring(line.indexOf(TODO_MARKER) + 2), failure);
                if (i + 1 < output.size()) {
                    Matcher frame = STACK_FRAME.matcher(output.get(i + 1));
                    if (frame.find()) {
                        todo.setStackTrace(new StackTraceElement[] {new StackTraceElement(frame.group(1),
                                frame.group(2), frame.group(3), Integer.parseInt(frame.group(4)))});
                    }
                }
                return todo;
            }
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(failure.getMessage(), failure);
    }

    /** Asks the child to stop (creates its stop file), waits until it has, says how it ended: its exit code. */
    public static int stop(ChildProcess child, Path stopFile) {
        try {
            Files.createFile(stopFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the stop file " + stopFile, e);
        }
        int exitCode = child.awaitExit(Waiting.PATIENCE);
        System.out.printf("  the running instance was asked to stop and exited with code %d%n", exitCode);
        return exitCode;
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
