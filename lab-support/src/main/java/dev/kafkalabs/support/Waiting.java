package dev.kafkalabs.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting with a deadline, in one place: how long the labs' programs wait before they give up
 * ({@link #PATIENCE}), and the loop that looks again and again until then.
 *
 * <pre>{@code
 * Waiting.await("every offset committed", Waiting.PATIENCE, () -> Topics.lag(group, topic) == 0);
 * }</pre>
 *
 * <p>For the programs and lab-support; the checks wait with Awaitility. A loop that must keep calling
 * {@code consumer.poll()} while it waits does not belong here: the poll is its pause, and what it reads is
 * its result.
 */
public final class Waiting {

    /**
     * How long to wait for what a healthy cluster does in seconds (a leader elected, a replica back in sync,
     * a child JVM's consumer done): generous, because the machine may be busy with other builds.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(120);

    /**
     * Between two looks: short enough that a program goes on soon after the condition holds, long enough
     * not to flood a broker with requests. The checks' Awaitility waits poll as often.
     */
    private static final Duration PAUSE = Duration.ofMillis(100);

    private Waiting() {
    }

    /** The time to wait ran out; the message says what was awaited and for how long. */
    public static final class TimedOut extends IllegalStateException {

        TimedOut(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Checks {@code condition} until it holds or {@code limit} has passed (it is checked once more after the
     * last pause).
     *
     * @return whether it holds: false when the time ran out
     */
    public static boolean until(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    /**
     * Checks {@code condition} until it holds.
     *
     * @throws TimedOut naming {@code what} when {@code limit} passes first
     */
    public static void await(String what, Duration limit, BooleanSupplier condition) {
        if (!until(limit, condition)) {
            throw new TimedOut("Gave up waiting for " + what + " after " + limit, null);
        }
    }

    /**
     * Asks {@code question} until its answer is {@code wanted}, and returns that answer. A question that
     * throws {@link IllegalStateException} (how this workbook's admin calls say that the cluster did not
     * answer: it is between leaders, or still starting) is asked again; any other exception, a starter's
     * TODO for one, ends the wait at once.
     *
     * @throws TimedOut naming {@code what} and the last answer when {@code limit} passes first; its cause is
     *                  the last time the question was not answered, if any
     */
    public static <T> T awaitAnswer(String what, Duration limit, Supplier<T> question, Predicate<? super T> wanted) {
        Asking<T> asking = new Asking<>(question, wanted);
        if (!until(limit, asking)) {
            String last = asking.lastAnswer == null ? "no answer" : "last answer: " + asking.lastAnswer;
            throw new TimedOut("Gave up waiting for " + what + " after " + limit + " (" + last + ")",
                    asking.lastFailure);
        }
        return asking.lastAnswer;
    }

    /** One question asked again at every look, with what it said last. */
    private static final class Asking<T> implements BooleanSupplier {

        private final Supplier<T> question;
        private final Predicate<? super T> wanted;
        private T lastAnswer;
        private IllegalStateException lastFailure;

        Asking(Supplier<T> question, Predicate<? super T> wanted) {
            this.question = question;
            this.wanted = wanted;
        }

        @Override
        public boolean getAsBoolean() {
            try {
                lastAnswer = question.get();
            } catch (IllegalStateException notAnswered) {
                lastFailure = notAnswered;
                return false;
            }
            return wanted.test(lastAnswer);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
