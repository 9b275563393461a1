package dev.kafkalabs.lab10;

import dev.kafkalabs.lab10.solution.FileRoundTrip;
import dev.kafkalabs.lab10.solution.FileSourceStandalone;
import dev.kafkalabs.lab10.solution.RestApiTour;
import dev.kafkalabs.lab10.solution.RestartWithoutDuplicates;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 10's exercises, for {@code ./labs}. */
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
                new Exercise("10.1", "File source, standalone", FileSourceStandalone.class,
                        GUIDE + "#101-file-source-standalone"),
                new Exercise("10.2", "File sink and the round trip", FileRoundTrip.class,
                        GUIDE + "#102-file-sink-and-the-round-trip"),
                new Exercise("10.3", "The REST API", RestApiTour.class, GUIDE + "#103-the-rest-api"),
                new Exercise("10.4", "Restart without duplicates", RestartWithoutDuplicates.class,
                        GUIDE + "#104-restart-without-duplicates"));
    }
}
