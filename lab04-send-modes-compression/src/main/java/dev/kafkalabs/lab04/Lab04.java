package dev.kafkalabs.lab04;

import dev.kafkalabs.lab04.solution.CompressionBenchmark;
import dev.kafkalabs.lab04.solution.HiddenErrors;
import dev.kafkalabs.lab04.solution.SendModesBenchmark;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 4's exercises, for {@code ./labs}. */
public final class Lab04 implements Lab {

    private static final String GUIDE = "lab04-send-modes-compression/README.md";

    @Override
    public String id() {
        return "lab04";
    }

    @Override
    public String module() {
        return "lab04-send-modes-compression";
    }

    @Override
    public String title() {
        return "Send modes and compression";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("4.1", "Producer send modes benchmark", SendModesBenchmark.class,
                        GUIDE + "#41-producer-send-modes-benchmark"),
                new Exercise("4.2", "Compression benchmark", CompressionBenchmark.class,
                        GUIDE + "#42-compression-benchmark"),
                new Exercise("4.3", "Fire-and-forget hides errors", HiddenErrors.class,
                        GUIDE + "#43-fire-and-forget-hides-errors"));
    }
}
