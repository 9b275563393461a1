package dev.kafkalabs.lab11.mutants.fresh_checkpoint;

import dev.kafkalabs.lab11.CheckpointPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lab 11.3 - where a streaming query keeps its progress: the offsets it has read and committed, and its
 * running counts. A query started again on the same checkpoint continues where the last one stopped.
 */
public final class Checkpoints implements CheckpointPolicy {

    @Override
    public Path location(Path stateDir, String applicationId, String query) {
        try {
            return Files.createTempDirectory(applicationId + "-" + query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
