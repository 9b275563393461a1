package dev.kafkalabs.lab03;

import dev.kafkalabs.lab03.solution.AssignmentDemo;
import dev.kafkalabs.lab03.solution.AtLeastOnceDemo;
import dev.kafkalabs.lab03.solution.AutoCommitHazards;
import dev.kafkalabs.lab03.solution.ExactlyOnceDemo;
import dev.kafkalabs.lab03.solution.PollLoopConsumer;
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
        return "Producer, consumer, groups, commits and delivery guarantees";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("3.1", "Simple producer", SimpleProducer.class, GUIDE + "#31-simple-producer"),
                new Exercise("3.2", "Consumer poll loop and clean shutdown", PollLoopConsumer.class,
                        GUIDE + "#32-consumer-poll-loop-and-clean-shutdown"),
                new Exercise("3.3", "Consumer groups and partition assignment", AssignmentDemo.class,
                        GUIDE + "#33-consumer-groups-and-partition-assignment"),
                new Exercise("3.4", "Auto-commit hazards", AutoCommitHazards.class, GUIDE + "#34-auto-commit-hazards"),
                new Exercise("3.5", "At-least-once with manual commits", AtLeastOnceDemo.class,
                        GUIDE + "#35-at-least-once-with-manual-commits"),
                new Exercise("3.6", "Exactly-once", ExactlyOnceDemo.class, GUIDE + "#36-exactly-once"));
    }
}
