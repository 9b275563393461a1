package dev.kafkalabs.lab10.demo;

import dev.kafkalabs.lab10.ConnectorLifecycle;
import dev.kafkalabs.lab10.FileSinkSetup;
import dev.kafkalabs.lab10.FileSourceSetup;
import dev.kafkalabs.lab10.SourceOffsetsControl;
import dev.kafkalabs.lab10.WorkerGroupSetup;
import dev.kafkalabs.lab10.solution.ConnectorControl;
import dev.kafkalabs.lab10.solution.FileSink;
import dev.kafkalabs.lab10.solution.FileSource;
import dev.kafkalabs.lab10.solution.SourceOffsets;
import dev.kafkalabs.lab10.solution.WorkerGroup;
import dev.kafkalabs.support.Variant;

/** The exercises' classes, from the starter or the solution as {@code ./labs run [--starter]} asked. */
final class ExerciseCode {

    private ExerciseCode() {
    }

    /** Exercise 10.1. */
    static FileSourceSetup fileSource() {
        return Variant.current().instantiate(FileSourceSetup.class, FileSource.class);
    }

    /** Exercise 10.2. */
    static FileSinkSetup fileSink() {
        return Variant.current().instantiate(FileSinkSetup.class, FileSink.class);
    }

    /** Exercise 10.3. */
    static ConnectorLifecycle connectorControl() {
        return Variant.current().instantiate(ConnectorLifecycle.class, ConnectorControl.class);
    }

    /** Exercise 10.5. */
    static WorkerGroupSetup workerGroup() {
        return Variant.current().instantiate(WorkerGroupSetup.class, WorkerGroup.class);
    }

    /** Exercise 10.4. */
    static SourceOffsetsControl sourceOffsets() {
        return Variant.current().instantiate(SourceOffsetsControl.class, SourceOffsets.class);
    }
}
