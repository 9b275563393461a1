package dev.kafkalabs.lab03;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the crash exercises' poll loops (3.4 - 3.7) when to stop normally. The drills ask a consumer to stop
 * by creating a file; the loop notices it between two polls, leaves, and its {@code finally} and
 * {@code close()} run. (How a consumer stops on Ctrl-C or SIGTERM is exercise 3.2's subject.)
 */
@FunctionalInterface
public interface StopSignal {

    /** True once the program has been asked to stop. */
    boolean requested();

    /** A signal that is never raised: the loop runs until the process dies. */
    static StopSignal never() {
        return () -> false;
    }

    /** Raised when {@code file} exists. */
    static StopSignal whenFileExists(Path file) {
        return () -> Files.exists(file);
    }
}
