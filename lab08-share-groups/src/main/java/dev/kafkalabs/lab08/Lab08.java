package dev.kafkalabs.lab08;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 8's exercises, for {@code ./labs}. Each program is a shared runner that picks the starter or the solution. */
public final class Lab08 implements Lab {

    private static final String GUIDE = "lab08-share-groups/README.md";

    @Override
    public String id() {
        return "lab08";
    }

    @Override
    public String module() {
        return "lab08-share-groups";
    }

    @Override
    public String title() {
        return "Share groups: queues for Kafka";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("8.1", "More consumers than partitions", QueueDemo.class,
                        GUIDE + "#81-more-consumers-than-partitions"),
                new Exercise("8.2", "Explicit acknowledgement", AcknowledgementDemo.class,
                        GUIDE + "#82-explicit-acknowledgement"),
                new Exercise("8.3", "A poison record", PoisonDemo.class, GUIDE + "#83-a-poison-record"),
                new Exercise("8.4", "A consumer that dies holding records", CrashDemo.class,
                        GUIDE + "#84-a-consumer-that-dies-holding-records"),
                new Exercise("8.5", "A job longer than the lock", LongJobDemo.class,
                        GUIDE + "#85-a-job-longer-than-the-lock"));
    }
}
