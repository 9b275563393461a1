package dev.kafkalabs.lab04;

import dev.kafkalabs.lab04.demo.CompressionBenchmark;
import dev.kafkalabs.lab04.demo.HiddenErrorsDemo;
import dev.kafkalabs.lab04.demo.SendModesBenchmark;
import dev.kafkalabs.lab04.solution.AsyncMode;
import dev.kafkalabs.lab04.solution.CompressedProducers;
import dev.kafkalabs.lab04.solution.FireAndForgetMode;
import dev.kafkalabs.lab04.solution.SyncMode;
import dev.kafkalabs.lab04.solution.ThreeWaySender;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 4's exercises, for {@code ./labs}. Each program is a shared runner in {@code bench} that calls the
 * exercise's classes through {@link dev.kafkalabs.support.Variant}: the solution, or the starter with
 * {@code --starter}.
 */
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
                        GUIDE + "#41-producer-send-modes-benchmark",
                        List.of(FireAndForgetMode.class, SyncMode.class, AsyncMode.class), List.of()),
                // The compression benchmark sends with 4.1's AsyncMode.
                new Exercise("4.2", "Compression benchmark", CompressionBenchmark.class,
                        GUIDE + "#42-compression-benchmark", List.of(CompressedProducers.class), List.of("4.1")),
                new Exercise("4.3", "Fire-and-forget hides errors", HiddenErrorsDemo.class,
                        GUIDE + "#43-fire-and-forget-hides-errors", List.of(ThreeWaySender.class), List.of()));
    }
}
