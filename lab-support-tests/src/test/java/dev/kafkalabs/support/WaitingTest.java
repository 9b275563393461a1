package dev.kafkalabs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitingTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private final AtomicInteger looks = new AtomicInteger();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void untilReturnsAtOnceWhenTheConditionAlreadyHolds() {
        assertThat(Waiting.until(Waiting.PATIENCE, () -> looks.incrementAndGet() > 0)).isTrue();
        assertThat(looks).as("looks").hasValue(1);
    }

    @Test
    void untilLooksAgainUntilTheConditionHolds() {
        assertThat(Waiting.until(Waiting.PATIENCE, () -> looks.incrementAndGet() == 3)).isTrue();
        assertThat(looks).as("looks").hasValue(3);
    }

    @Test
    void untilSaysFalseOnceTheLimitHasPassed() {
        long start = System.nanoTime();

        assertThat(Waiting.until(SHORT, () -> looks.incrementAndGet() < 0)).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time waited").isGreaterThanOrEqualTo(SHORT);
        assertThat(looks.get()).as("looks").isGreaterThan(1);
    }

    @Test
    void awaitSaysWhatItWaitedForAndHowLong() {
        assertThatThrownBy(() -> Waiting.await("the moon", SHORT, () -> false))
                .isInstanceOf(Waiting.TimedOut.class)
                .hasMessage("Gave up waiting for the moon after PT0.3S");
    }

    @Test
    void awaitAnswerReturnsTheFirstWantedAnswer() {
        assertThat(Waiting.awaitAnswer("three", Waiting.PATIENCE, looks::incrementAndGet, n -> n >= 3)).isEqualTo(3);
    }

    @Test
    void awaitAnswerAsksAgainWhenTheQuestionIsNotAnswered() {
        int answer = Waiting.awaitAnswer("an answer", Waiting.PATIENCE, () -> {
            if (looks.incrementAndGet() < 3) {
                throw new IllegalStateException("between leaders");
            }
            return looks.get();
        }, n -> true);

        assertThat(answer).isEqualTo(3);
    }

    @Test
    void awaitAnswerStopsAtOnceOnAnyOtherFailure() {
        UnsupportedOperationException todo = new UnsupportedOperationException("Lab 7.1: describe the topic");

        assertThatThrownBy(() -> Waiting.awaitAnswer("a description", Waiting.PATIENCE, () -> {
            looks.incrementAndGet();
            throw todo;
        }, answer -> true)).isSameAs(todo);
        assertThat(looks).as("looks").hasValue(1);
    }

    @Test
    void awaitAnswerNamesTheLastAnswerWhenTimeRunsOut() {
        assertThatThrownBy(() -> Waiting.awaitAnswer("a negative number", SHORT, () -> 7, n -> n < 0))
                .isInstanceOf(Waiting.TimedOut.class)
                .hasMessage("Gave up waiting for a negative number after PT0.3S (last answer: 7)")
                .hasNoCause();
    }

    @Test
    void awaitAnswerKeepsTheLastFailureWhenNothingAnswered() {
        IllegalStateException notAnswering = new IllegalStateException("Could not describe the cluster");

        assertThatThrownBy(() -> Waiting.awaitAnswer("a cluster", SHORT, () -> {
            throw notAnswering;
        }, answer -> true))
                .isInstanceOf(Waiting.TimedOut.class)
                .hasMessage("Gave up waiting for a cluster after PT0.3S (no answer)")
                .hasCause(notAnswering);
    }

    @Test
    void anInterruptEndsTheWaitAndStaysSet() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Waiting.until(Waiting.PATIENCE, () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Interrupted while waiting")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag").isTrue();
    }
}
