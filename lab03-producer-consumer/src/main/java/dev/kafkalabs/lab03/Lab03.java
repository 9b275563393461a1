package dev.kafkalabs.lab03;

import dev.kafkalabs.lab03.demo.AssignmentDemo;
import dev.kafkalabs.lab03.demo.AtLeastOnceDemo;
import dev.kafkalabs.lab03.demo.AtMostOnceDemo;
import dev.kafkalabs.lab03.demo.AutoCommitHazards;
import dev.kafkalabs.lab03.demo.ConsumeAndPrint;
import dev.kafkalabs.lab03.demo.ExactlyOnceDemo;
import dev.kafkalabs.lab03.demo.SendGreetings;
import dev.kafkalabs.lab03.solution.AtLeastOnceConsumer;
import dev.kafkalabs.lab03.solution.AtMostOnceConsumer;
import dev.kafkalabs.lab03.solution.AutoCommitConsumer;
import dev.kafkalabs.lab03.solution.ExactlyOnceProcessor;
import dev.kafkalabs.lab03.solution.GroupSettings;
import dev.kafkalabs.lab03.solution.PollLoopConsumer;
import dev.kafkalabs.lab03.solution.SimpleProducer;
import dev.kafkalabs.lab03.solution.TransactionalWriter;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 3's exercises, for {@code ./labs}. Each program is a runner in {@code dev.kafkalabs.lab03.demo} that
 * calls the exercise's class of the variant {@code ./labs run} asks for ({@code --starter}: yours).
 */
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
                new Exercise("3.1", "Simple producer", SendGreetings.class, GUIDE + "#31-simple-producer",
                        List.of(SimpleProducer.class), List.of()),
                new Exercise("3.2", "Consumer poll loop and clean shutdown", ConsumeAndPrint.class,
                        GUIDE + "#32-consumer-poll-loop-and-clean-shutdown",
                        List.of(PollLoopConsumer.class), List.of()),
                new Exercise("3.3", "Consumer groups and partition assignment", AssignmentDemo.class,
                        GUIDE + "#33-consumer-groups-and-partition-assignment",
                        List.of(GroupSettings.class), List.of()),
                new Exercise("3.4", "Auto-commit hazards", AutoCommitHazards.class, GUIDE + "#34-auto-commit-hazards",
                        List.of(AutoCommitConsumer.class), List.of()),
                new Exercise("3.5", "At-least-once with manual commits", AtLeastOnceDemo.class,
                        GUIDE + "#35-at-least-once-with-manual-commits",
                        List.of(AtLeastOnceConsumer.class), List.of()),
                new Exercise("3.6", "Exactly-once", ExactlyOnceDemo.class, GUIDE + "#36-exactly-once",
                        List.of(TransactionalWriter.class, ExactlyOnceProcessor.class), List.of()),
                new Exercise("3.7", "At-most-once", AtMostOnceDemo.class, GUIDE + "#37-at-most-once",
                        List.of(AtMostOnceConsumer.class), List.of()));
    }
}
