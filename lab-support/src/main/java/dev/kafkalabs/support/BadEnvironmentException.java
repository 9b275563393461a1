package dev.kafkalabs.support;

/**
 * The environment points the clients at something that cannot work: a malformed bootstrap list, an
 * unreadable client config file, an unknown setting in it. The message says which, and how to fix it;
 * launchers print it as one line instead of a stack trace.
 */
public final class BadEnvironmentException extends IllegalStateException {

    public BadEnvironmentException(String message) {
        super(message);
    }
}
