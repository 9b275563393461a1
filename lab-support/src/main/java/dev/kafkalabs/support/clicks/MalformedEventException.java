package dev.kafkalabs.support.clicks;

/** A record value that is not a valid {@link ClickEvent}; the message says what is wrong with it. */
public final class MalformedEventException extends Exception {

    public MalformedEventException(String message) {
        super(message);
    }
}
