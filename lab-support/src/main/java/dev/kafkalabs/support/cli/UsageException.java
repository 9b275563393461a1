package dev.kafkalabs.support.cli;

/**
 * Bad command-line arguments. {@code ./labs run} prints the message (which includes the usage) and
 * exits with status 2 instead of showing a stack trace.
 */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
