package dev.kafkalabs.lab03;

import dev.kafkalabs.lab03.solution.SimpleProducer;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 3's exercises, for {@code ./labs}. */
public final class Lab03 implements Lab {

    private static final String GUIDE = "lab03-producer-consumer/README.md";

    @Override
    public String id() {
        return "lab03";
    }

    @Override
    public String module() {
        return "lab03-producer-consumer";
    }

    @Override
    public String title() {
        return "Producer and consumer";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("3.1", "Simple producer", SimpleProducer.class, GUIDE + "#31-simple-producer"));
    }
}
