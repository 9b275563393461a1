package dev.kafkalabs.lab10;

import dev.kafkalabs.lab10.demo.FileSourceDemo;
import dev.kafkalabs.lab10.demo.RestApiTour;
import dev.kafkalabs.lab10.demo.RestartDemo;
import dev.kafkalabs.lab10.demo.RoundTripDemo;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 10's exercises, for {@code ./labs}: each program is a shared runner that picks starter or solution. */
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
                        GUIDE + "#101-file-source-on-a-standalone-worker"),
                new Exercise("10.2", "File sink and the round trip", RoundTripDemo.class,
                        GUIDE + "#102-file-sink-and-the-round-trip"),
                new Exercise("10.3", "The REST API: status, pause, resume, restart", RestApiTour.class,
                        GUIDE + "#103-the-rest-api-status-pause-resume-restart"),
                new Exercise("10.4", "Restart without duplicates, replay on purpose", RestartDemo.class,
                        GUIDE + "#104-restart-without-duplicates-replay-on-purpose"));
    }
}
