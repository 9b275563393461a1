package dev.kafkalabs.support;

import java.lang.reflect.InvocationTargetException;

/** Unwraps reflection so that an exercise's own exception (a starter's TODO message) reaches the user. */
final class Exceptions {

    private Exceptions() {
    }

    static RuntimeException rethrowCause(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause.getMessage(), cause);
    }
}
