package dev.kafkalabs.lab05;

import dev.kafkalabs.lab05.demo.CatchUpDemo;
import dev.kafkalabs.lab05.demo.FetchTuningDemo;
import dev.kafkalabs.lab05.demo.JumpingOffsetsDemo;
import dev.kafkalabs.lab05.demo.OffsetAnatomyDemo;
import dev.kafkalabs.lab05.demo.ReplayFromTimeDemo;
import dev.kafkalabs.lab05.demo.SeekingInGroupDemo;
import dev.kafkalabs.lab05.demo.WhereConsumerStartsDemo;
import dev.kafkalabs.lab05.solution.CatchUpConsumer;
import dev.kafkalabs.lab05.solution.FetchTuning;
import dev.kafkalabs.lab05.solution.JumpingOffsets;
import dev.kafkalabs.lab05.solution.OffsetAnatomy;
import dev.kafkalabs.lab05.solution.ReplayFromTime;
import dev.kafkalabs.lab05.solution.SeekOnAssignment;
import dev.kafkalabs.lab05.solution.WhereConsumerStarts;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 5's exercises, for {@code ./labs}. Each program is a runner in {@code dev.kafkalabs.lab05.demo} that
 * calls the exercise's class of the variant {@code ./labs run} asks for (the solution, or the starter with
 * {@code --starter}).
 */
public final class Lab05 implements Lab {

    private static final String GUIDE = "lab05-seek-offsets/README.md";

    @Override
    public String id() {
        return "lab05";
    }

    @Override
    public String module() {
        return "lab05-seek-offsets";
    }

    @Override
    public String title() {
        return "Seeking and offsets";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("5.1", "Jumping offsets with assign()", JumpingOffsetsDemo.class,
                        GUIDE + "#51-jumping-offsets-with-assign", List.of(JumpingOffsets.class), List.of()),
                new Exercise("5.2", "Seeking inside a group", SeekingInGroupDemo.class,
                        GUIDE + "#52-seeking-inside-a-group", List.of(SeekOnAssignment.class), List.of()),
                new Exercise("5.3", "Replay from a point in time", ReplayFromTimeDemo.class,
                        GUIDE + "#53-replay-from-a-point-in-time", List.of(ReplayFromTime.class), List.of()),
                new Exercise("5.4", "Where a consumer starts", WhereConsumerStartsDemo.class,
                        GUIDE + "#54-where-a-consumer-starts", List.of(WhereConsumerStarts.class), List.of()),
                new Exercise("5.5", "Offset anatomy", OffsetAnatomyDemo.class,
                        GUIDE + "#55-offset-anatomy", List.of(OffsetAnatomy.class), List.of()),
                new Exercise("5.6", "Catch-up trick", CatchUpDemo.class,
                        GUIDE + "#56-catch-up-trick", List.of(CatchUpConsumer.class), List.of()),
                new Exercise("5.7", "Fetch tuning", FetchTuningDemo.class,
                        GUIDE + "#57-fetch-tuning", List.of(FetchTuning.class), List.of()));
    }
}
