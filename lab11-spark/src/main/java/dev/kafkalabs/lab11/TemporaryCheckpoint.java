package dev.kafkalabs.lab11;

import dev.kafkalabs.support.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A checkpoint directory for one run, deleted when the run ends: a query started on it remembers nothing
 * from earlier runs (exercise 11.3 gives a query a checkpoint that survives).
 */
public final class TemporaryCheckpoint implements AutoCloseable {

    private final Path directory;

    private TemporaryCheckpoint(Path directory) {
        this.directory = directory;
    }

    public static TemporaryCheckpoint create(String prefix) {
        try {
            return new TemporaryCheckpoint(Files.createTempDirectory(prefix + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a checkpoint directory", e);
        }
    }

    /** The checkpoint of one query of this run. */
    public Path of(String query) {
        return directory.resolve(query);
    }

    @Override
    public void close() {
        try {
            Directories.deleteTree(directory);
        } catch (UncheckedIOException e) {
            // Only a few files left in the temp directory.
        }
    }
}
