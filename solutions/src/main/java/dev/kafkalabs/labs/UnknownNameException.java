package dev.kafkalabs.labs;

/** A lab or exercise id that does not exist: one line (which says where to look) and exit code 2. */
final class UnknownNameException extends RuntimeException {

    UnknownNameException(String message) {
        super(message);
    }
}
