package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.Todo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Records the outcome of every check (a test in an {@link ExerciseCheck} class) of one run in memory: its
 * exercise id, outcome, name and failure message ({@link CheckResult}). {@link CheckRunner} registers one
 * per run and prints what it recorded on its standard output, where {@code ./labs} reads it.
 */
public final class CheckRecorder implements TestExecutionListener {

    private static final String AWAITILITY_TIMEOUT = "org.awaitility.core.ConditionTimeoutException";
    private static final Pattern AWAITILITY_ALIASED = Pattern.compile("Condition with alias '([^']*)' didn't complete "
            + "within (.+?) because (?:assertion condition defined as a lambda expression in \\S+ ?|condition with "
            + "lambda expression in \\S+ )?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AWAITILITY_LAMBDA = Pattern.compile("^Assertion condition defined as a lambda expression "
            + "in \\S+ ?", Pattern.CASE_INSENSITIVE);

    private final List<CheckResult> results = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        exerciseOf(identifier).ifPresent(id -> write(id, "SKIPPED", identifier, reason));
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        boolean failedContainer = identifier.isContainer() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (!identifier.isTest() && !failedContainer) {
            return;
        }
        String message = result.getThrowable().map(CheckRecorder::describe).orElse("");
        exerciseOf(identifier).ifPresent(id -> {
            write(id, result.getStatus().name(), identifier, message);
            result.getThrowable().ifPresent(failure -> logWhole(id, identifier, failure));
        });
    }

    /**
     * The whole failure, stack trace and causes, where ./labs keeps everything but the results: its log. The ✗
     * line carries the message, cut where it would become unreadable.
     */
    private static void logWhole(String exerciseId, TestIdentifier identifier, Throwable failure) {
        StringWriter whole = new StringWriter();
        failure.printStackTrace(new PrintWriter(whole));
        System.out.printf("%s %s failed:%n%s", exerciseId, identifier.getDisplayName(), whole);
    }

    private static Optional<String> exerciseOf(TestIdentifier identifier) {
        return identifier.getSource().flatMap(source -> {
            if (source instanceof MethodSource method) {
                return annotationOf(method.getJavaClass());
            }
            if (source instanceof ClassSource type) {
                return annotationOf(type.getJavaClass());
            }
            return Optional.empty();
        });
    }

    private static Optional<String> annotationOf(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
            ExerciseCheck check = current.getAnnotation(ExerciseCheck.class);
            if (check != null) {
                return Optional.of(check.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The message a failure is reported with (also what a mutant's verdict reads): the first message in its
     * cause chain and, when a deeper cause says something else, the deepest one's. "Failed to construct kafka
     * producer" alone hides why; its cause names the setting.
     */
    static String describe(Throwable failure) {
        Throwable root = Todo.find(failure).orElse(failure);
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        if (root instanceof TimeoutException) {
            // JUnit's own words name the method and the limit ("... timed out after 120 seconds").
            return "Stopped at the per-check time limit: " + message.strip()
                    + ". The code under test did not finish: a loop that never ends, or a wait without a bound?";
        }
        if (root.getClass().getName().equals(AWAITILITY_TIMEOUT)) {
            message = withoutAwaitilityPreamble(message);
        }
        return message.strip() + deepestCause(root, message);
    }

    /**
     * Awaitility's timeout opens with 200 characters about itself ("Condition with alias 'X' didn't complete within
     * 10 seconds because assertion condition defined as a Lambda expression in some.Class"): the ✗ line has room
     * for about 400, so that becomes "Waited 10 seconds for X:", and the check's own words follow sooner.
     */
    private static String withoutAwaitilityPreamble(String message) {
        Matcher aliased = AWAITILITY_ALIASED.matcher(message);
        if (aliased.lookingAt()) {
            return "Waited " + aliased.group(2) + " for " + aliased.group(1) + ": " + message.substring(aliased.end());
        }
        return AWAITILITY_LAMBDA.matcher(message).replaceFirst("");
    }

    /** " (cause: Type: message)" for the deepest cause with a message {@code shown} does not already contain. */
    private static String deepestCause(Throwable failure, String shown) {
        Throwable deepest = null;
        int depth = 0;
        // Bounded: a cause chain can loop back on itself.
        for (Throwable cause = failure.getCause(); cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                deepest = cause;
            }
        }
        if (deepest == null || shown.contains(deepest.getMessage().strip())) {
            return "";
        }
        return " (cause: " + deepest.getClass().getSimpleName() + ": " + deepest.getMessage().strip() + ")";
    }

    private synchronized void write(String exerciseId, String outcome, TestIdentifier identifier, String message) {
        results.add(new CheckResult(exerciseId, outcome, CheckedSide.withoutSide(identifier.getDisplayName()), message));
    }

    /** What was recorded so far, in the order the checks ended. */
    public synchronized List<CheckResult> results() {
        return List.copyOf(results);
    }
}
