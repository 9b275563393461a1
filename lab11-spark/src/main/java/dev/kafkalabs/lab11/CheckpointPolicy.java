package dev.kafkalabs.lab11;

import java.nio.file.Path;

/**
 * Exercise 11.3's decision, as {@link dev.kafkalabs.lab11.demo.RestartProgram} and its check use it: both the solution's and the
 * starter's {@code Checkpoints} implement it (with a public no-argument constructor).
 */
public interface CheckpointPolicy {

    /**
     * The checkpoint location of the query {@code query} of the application {@code applicationId}, under
     * the directory {@code stateDir}.
     */
    Path location(Path stateDir, String applicationId, String query);
}
