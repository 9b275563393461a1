package dev.kafkalabs.lab10;

import dev.kafkalabs.lab10.demo.FailoverDemo;
import dev.kafkalabs.lab10.demo.FileSourceDemo;
import dev.kafkalabs.lab10.demo.RestApiTour;
import dev.kafkalabs.lab10.demo.RestartDemo;
import dev.kafkalabs.lab10.demo.RoundTripDemo;
import dev.kafkalabs.lab10.solution.ConnectorControl;
import dev.kafkalabs.lab10.solution.FileSink;
import dev.kafkalabs.lab10.solution.FileSource;
import dev.kafkalabs.lab10.solution.SourceOffsets;
import dev.kafkalabs.lab10.solution.WorkerGroup;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 10's exercises, for {@code ./labs}: each program is a shared runner that picks starter or solution.
 * From 10.2 on, the programs create their file source with 10.1's {@code FileSource}; 10.4's replay waits
 * with 10.3's {@code ConnectorControl.awaitState}.
 */
public final class Lab10 implements Lab {

    private static final String GUIDE = "lab10-connect/README.md";

    @Override
    public String id() {
        return "lab10";
    }

    @Override
    public String module() {
        return "lab10-connect";
    }

    @Override
    public String title() {
        return "Kafka Connect";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("10.1", "File source on a standalone worker", FileSourceDemo.class,
                        GUIDE + "#101-file-source-on-a-standalone-worker", List.of(FileSource.class), List.of()),
                new Exercise("10.2", "File sink and the round trip", RoundTripDemo.class,
                        GUIDE + "#102-file-sink-and-the-round-trip", List.of(FileSink.class), List.of("10.1")),
                new Exercise("10.3", "The REST API: status, pause, resume, restart", RestApiTour.class,
                        GUIDE + "#103-the-rest-api-status-pause-resume-restart",
                        List.of(ConnectorControl.class), List.of("10.1")),
                new Exercise("10.4", "Restart without duplicates, replay on purpose", RestartDemo.class,
                        GUIDE + "#104-restart-without-duplicates-replay-on-purpose",
                        List.of(SourceOffsets.class), List.of("10.1", "10.3")),
                new Exercise("10.5", "Distributed workers: a worker dies, its tasks move", FailoverDemo.class,
                        GUIDE + "#105-distributed-workers-a-worker-dies-its-tasks-move", List.of(WorkerGroup.class),
                        List.of()));
    }
}
