package dev.kafkalabs.support.cli;

/**
 * Bad command-line arguments, or a request for help. {@code ./labs run} prints the message (which
 * includes the usage) and exits with status 2 - or 0 for {@code --help} - instead of showing a stack
 * trace.
 */
public final class UsageException extends RuntimeException {

    private final boolean helpRequested;

    public UsageException(String message) {
        this(message, false);
    }

    private UsageException(String message, boolean helpRequested) {
        super(message);
        this.helpRequested = helpRequested;
    }

    /** The user asked for the usage ({@code --help}): not an error. */
    public static UsageException help(String usage) {
        return new UsageException("Usage: " + usage, true);
    }

    public boolean helpRequested() {
        return helpRequested;
    }
}
