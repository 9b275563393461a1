package dev.kafkalabs.support;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a starter's TODO: an exception whose message starts with "Lab X.Y:". Kafka sometimes
 * wraps it (a TODO inside a rebalance listener arrives as the cause of a {@code KafkaException}), so
 * the whole cause chain is searched.
 */
public final class Todo {

    private static final Pattern MARKER = Pattern.compile("Lab \\d+\\.\\d+:");

    private Todo() {
    }

    /** The start of exercise {@code id}'s TODO messages: {@code "Lab 3.1:"}. */
    public static String marker(String id) {
        return "Lab " + id + ":";
    }

    /** The TODO's message found in {@code failure} or one of its causes, if any. */
    public static Optional<Throwable> find(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && MARKER.matcher(current.getMessage()).lookingAt()) {
                return Optional.of(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Throws the TODO found in {@code failure} ({@link #find}), as the starter threw it: a check that catches a
     * failure to judge it shows a starter's TODO as the TODO, not as a wrong answer. Returns when there is none
     * ({@code failure} may be null).
     */
    public static void rethrowIfFound(Throwable failure) throws Exception {
        Optional<Throwable> todo = failure == null ? Optional.empty() : find(failure);
        if (todo.isEmpty()) {
            return;
        }
        if (todo.get() instanceof Error error) {
            throw error;
        }
        throw (Exception) todo.get();
    }
}
