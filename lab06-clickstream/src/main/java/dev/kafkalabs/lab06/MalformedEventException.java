package dev.kafkalabs.lab06;

/** A record value that is not a valid {@link ClickEvent}; the message says what is wrong with it. */
public final class MalformedEventException extends Exception {

    public MalformedEventException(String message) {
        super(message);
    }
}
