package dev.kafkalabs.lab03;

import static org.awaitility.Awaitility.await;

import dev.kafkalabs.lab03.demo.DeliveryConsumerMain;
import dev.kafkalabs.lab03.demo.DeliveryConsumerMain.Guarantee;
import dev.kafkalabs.support.Waiting;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the crash checks share: start a runner in a child JVM (it picks the variant's exercise class itself:
 * the child inherits {@code -Dlab.variant}), wait on it, stop it, count the outcome. Starting and stopping are
 * the demos' ({@link DrillRun}); the waits here are assertions, with Awaitility.
 */
final class Drill {

    private Drill() {
    }

    /** Starts {@code runner}'s main with {@code args}, frozen at {@code crashPoint} when not null. */
    static ChildProcess start(Class<?> runner, String crashPoint, String... args) {
        return DrillRun.start(runner, crashPoint, args);
    }

    /** The arguments of a {@link DeliveryConsumerMain} run. */
    static String[] deliveryArgs(Guarantee guarantee, String topic, String group, Path processed, Path stopFile,
                                 int workMs) {
        return new String[] {"--guarantee", guarantee.option(), "--topic", topic, "--group", group,
            "--processed", processed.toString(), "--stop-file", stopFile.toString(), "--work-ms", String.valueOf(workMs)};
    }

    /** Waits until the child froze at its crash point (it printed {@code PAUSED at NAME #N}), then kills it. */
    static void crashWhenPaused(ChildProcess child, String pausedLine) {
        child.awaitOutput(pausedLine, Waiting.PATIENCE);
        child.kill();
    }

    /** Waits until {@code condition} holds; fails at once, with the child's output, if the child exits first. */
    static void awaitWhileAlive(ChildProcess child, String description, Callable<Boolean> condition) {
        awaitWhileAlive(child, description, Waiting.PATIENCE, condition);
    }

    /** The same, for a condition that a right answer meets well within {@code within}: a wrong one fails sooner. */
    static void awaitWhileAlive(ChildProcess child, String description, Duration within, Callable<Boolean> condition) {
        try {
            await(description).atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!child.isAlive()) {
                    throw new IllegalStateException("The program exited while waiting for " + description
                            + ". Its last output:\n" + child.tail());
                }
                return condition.call();
            });
        } catch (ConditionTimeoutException stuck) {
            // Still running, but not there: what it printed is the student's best clue to where it stands.
            throw new AssertionError("The program did not get to " + description + " within " + within.toSeconds()
                    + " s, and still runs. Its last output:\n" + child.tail(), stuck);
        }
    }

    /** Waits until the processed log satisfies {@code condition}. */
    static void awaitProcessed(ChildProcess child, Path processed, String description,
                               Predicate<List<ProcessedLog.Entry>> condition) {
        awaitWhileAlive(child, description, () -> condition.test(ProcessedLog.read(processed)));
    }

    /** Asks the child to stop (creates its stop file) and returns its exit code. */
    static int stop(ChildProcess child, Path stopFile) {
        return DrillRun.stop(child, stopFile);
    }

    /** A path in {@code dir} for a stop file, not created yet. */
    static Path stopFile(Path dir) {
        return dir.resolve("stop");
    }

    /** How many distinct event numbers the log holds. */
    static long distinct(List<ProcessedLog.Entry> entries) {
        return entries.stream().mapToLong(ProcessedLog.Entry::number).distinct().count();
    }

    /** Per partition: the highest processed offset + 1. */
    static Map<TopicPartition, Long> nextOffsets(String topic, List<ProcessedLog.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(entry -> new TopicPartition(topic, entry.partition()),
                entry -> entry.offset() + 1, Math::max));
    }

    /** The duplicates and gaps of events {@code 0 .. expected-1} according to a processed log. */
    static DeliveryReport report(Path processed, int expected) {
        return DrillRun.report(processed, expected);
    }

    static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
