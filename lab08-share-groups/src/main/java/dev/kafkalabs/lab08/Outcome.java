package dev.kafkalabs.lab08;

/** What the application made of one record (exercise 8.2). */
public enum Outcome {
    /** Processed; nothing more to do. */
    DONE,
    /** Could not be processed now (a service was down, a lock was held): worth another delivery later. */
    TRY_AGAIN_LATER,
    /** Can never be processed (malformed, refers to nothing): another delivery would fail the same way. */
    UNPROCESSABLE
}
