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
}
