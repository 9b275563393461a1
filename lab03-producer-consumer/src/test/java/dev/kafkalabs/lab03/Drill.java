package dev.kafkalabs.lab03;

import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** What the crash checks share: start the variant's program in a child JVM, wait on it, count the outcome. */
final class Drill {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Drill() {
    }

    /** Starts the variant's mirror of {@code solutionMain}, frozen at {@code crashPoint} when not null. */
    static ChildProcess start(Class<?> solutionMain, String crashPoint, String... args) {
        ChildJvm jvm = ChildJvm.of(Variant.current().resolve(solutionMain)).args(args);
        if (crashPoint != null) {
            jvm.systemProperty(CrashPoint.PROPERTY, crashPoint);
        }
        return jvm.start();
    }

    /** Waits until {@code condition} holds; fails at once, with the child's output, if the child exits first. */
    static void awaitWhileAlive(ChildProcess child, String description, Callable<Boolean> condition) {
        await(description).atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!child.isAlive()) {
                throw new IllegalStateException("The program exited while waiting for " + description
                        + ". Its last output:\n" + child.tail());
            }
            return condition.call();
        });
    }

    /** Waits until the processed log satisfies {@code condition}. */
    static void awaitProcessed(ChildProcess child, Path processed, String description,
                               Predicate<List<ProcessedLog.Entry>> condition) {
        awaitWhileAlive(child, description, () -> condition.test(ProcessedLog.read(processed)));
    }

    /** How many distinct event numbers the log holds. */
    static long distinct(List<ProcessedLog.Entry> entries) {
        return entries.stream().mapToLong(ProcessedLog.Entry::number).distinct().count();
    }

    /** The duplicates and gaps of events {@code 0 .. expected-1} according to a processed log. */
    static DeliveryReport report(Path processed, int expected) {
        return DrillRun.report(processed, expected);
    }
}
