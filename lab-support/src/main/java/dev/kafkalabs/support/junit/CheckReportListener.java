package dev.kafkalabs.support.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import dev.kafkalabs.support.Todo;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Records the outcome of every check (a test in an {@link ExerciseCheck} class) to the file named by
 * {@code -Dlab.check.report}, one tab-separated line each: exercise id, outcome, check name, first
 * line of the failure message. {@code ./labs check} turns the file into its per-exercise summary.
 * Without the property it does nothing. Registered with the JUnit Platform through
 * {@code META-INF/services}, so surefire and failsafe pick it up on their own.
 */
public final class CheckReportListener implements TestExecutionListener {

    public static final String REPORT_PROPERTY = "lab.check.report";

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
        String message = result.getThrowable().map(CheckReportListener::describe).orElse("");
        exerciseOf(identifier).ifPresent(id -> write(id, result.getStatus().name(), identifier, message));
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
        return message.strip() + deepestCause(root, message);
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

    private static void write(String exerciseId, String outcome, TestIdentifier identifier, String message) {
        String file = System.getProperty(REPORT_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        String line = String.join("\t", exerciseId, outcome, oneLine(CheckedSide.withoutSide(identifier.getDisplayName())), oneLine(message)) + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the check report " + file, e);
        }
    }

    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\r", "").replace("\n", "\\n");
    }
}
