package dev.kafkalabs.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kafkalabs.lab03.demo.ConsumeAndPrint;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.junit.ExerciseCheck;
import dev.kafkalabs.support.junit.TestKafka;
import dev.kafkalabs.support.process.ChildJvm;
import dev.kafkalabs.support.process.ChildProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@ExerciseCheck("3.2")
// The stuck loop second: it takes the hook's whole grace period, and the first rejects most wrong answers.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PollLoopConsumerIT {

    private static final int COUNT = 24;
    /** Generous: a clean stop takes well under a second, but the machine may be busy. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(30);
    /** The exercise's hook waits at most 10 s for the loop; an exit this late means it waited in vain. */
    private static final Duration GAVE_UP_WAITING = Duration.ofSeconds(8);

    @Test
    @Order(1)
    void sigtermEndsThePollLoopClosesTheConsumerAndExitsWithZero(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-poll", 3);
        String group = kafka.uniqueName("lab03-poll-group");
        NumberedEvents.produce(topic, COUNT);
        Pattern row = Pattern.compile("^" + Pattern.quote(topic) + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

        try (ChildProcess consumer = ChildJvm.of(ConsumeAndPrint.class).args("--topic", topic, "--group", group)
                .start()) {
            AtomicInteger rows = new AtomicInteger();
            consumer.awaitLine(line -> row.matcher(line).matches() && rows.incrementAndGet() == COUNT,
                    COUNT + " record rows (topic, partition, offset, key, value)", Duration.ofSeconds(60));
            Map<TopicPartition, Long> consumedUpTo = new HashMap<>();
            for (String line : consumer.output()) {
                Matcher matcher = row.matcher(line);
                if (matcher.matches()) {
                    consumedUpTo.merge(new TopicPartition(topic, Integer.parseInt(matcher.group(1))),
                            Long.parseLong(matcher.group(2)) + 1, Math::max);
                }
            }

            long sigterm = System.nanoTime();
            int exitCode = stopWithSigterm(consumer, "nothing woke the poll loop, and the shutdown hook waits for it "
                    + "without end");
            Duration took = Duration.ofNanos(System.nanoTime() - sigterm);

            if (consumer.output().stream().noneMatch(line -> line.startsWith("Consumer closed"))) {
                fail(took.compareTo(GAVE_UP_WAITING) >= 0
                        ? "The program exited " + took.toMillis() + " ms after SIGTERM without closing the consumer: "
                        + "nothing woke the poll loop - the shutdown hook waited for a loop that was still in poll(), "
                        + "until it gave up. Output:\n" + consumer.tail()
                        : "The program exited " + took.toMillis() + " ms after SIGTERM without closing the consumer: "
                        + "the shutdown hook did not wait for the poll loop to finish, so the JVM ended before "
                        + "close() ran (or consume() did not return normally). Output:\n" + consumer.tail());
            }
            assertThat(exitCode).as("exit code after SIGTERM (143 means the JVM died of the signal, not a clean "
                    + "stop). Output:%n%s", consumer.tail()).isZero();
            assertThat(consumedUpTo.values().stream().mapToLong(Long::longValue).sum())
                    .as("records printed by the consumer").isEqualTo(COUNT);
            assertThat(Topics.committed(group))
                    .as("offsets committed by group %s when the consumer closed (auto-commit is on, so close() commits)"
                            + ": the last printed offset + 1 of each partition", group)
                    .isEqualTo(consumedUpTo);
        }
    }

    /**
     * A poll loop can hang in a record's processing (a call that never returns), where {@code wakeup()} cannot
     * reach it: the shutdown hook then waits for a loop that never ends. It must give up after its grace
     * period (10 s), or the JVM never exits - an operator's SIGTERM would have to become a SIGKILL. The
     * program is frozen in the printing of its fifth record ({@link CrashPoint} "printed").
     */
    @Test
    @Order(2)
    void sigtermEndsTheProgramWithinTheGraceEvenWhenTheLoopIsStuckInARecord(TestKafka kafka) {
        String topic = kafka.createTopic("lab03-poll-stuck", 1);
        NumberedEvents.produce(topic, COUNT);
        try (ChildProcess consumer = ChildJvm.of(ConsumeAndPrint.class)
                .args("--topic", topic, "--group", kafka.uniqueName("lab03-poll-stuck-group"))
                .systemProperty(CrashPoint.PROPERTY, CrashPoint.at("printed", 5)).start()) {
            consumer.awaitOutput("PAUSED at printed #5", Duration.ofSeconds(60));
            stopWithSigterm(consumer, "its poll loop stuck in a record's processing, the shutdown hook waits for the "
                    + "loop without a bound (join() with no timeout), so a loop that never ends keeps the JVM from "
                    + "exiting - wait at most a grace period");
        }
    }

    /**
     * SIGTERM, then the exit code; a program still running after {@link #EXIT_BOUND} fails the check, with
     * {@code why} it may still run.
     */
    private static int stopWithSigterm(ChildProcess consumer, String why) {
        try {
            return consumer.stopGracefully(EXIT_BOUND);
        } catch (AssertionError stillRunning) {
            throw new AssertionError("The program was still running " + EXIT_BOUND.toSeconds() + " s after SIGTERM: "
                    + why + ". " + stillRunning.getMessage(), stillRunning);
        }
    }
}
