package dev.kafkalabs.lab08;

/** The application could not process a record (this time). */
public final class ProcessingFailedException extends RuntimeException {

    public ProcessingFailedException(String message) {
        super(message);
    }
}
