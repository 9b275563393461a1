package dev.kafkalabs.lab08;

import dev.kafkalabs.lab08.demo.AcknowledgementDemo;
import dev.kafkalabs.lab08.demo.CrashDemo;
import dev.kafkalabs.lab08.demo.LongJobDemo;
import dev.kafkalabs.lab08.demo.PoisonDemo;
import dev.kafkalabs.lab08.demo.QueueDemo;
import dev.kafkalabs.lab08.solution.AcknowledgingConsumer;
import dev.kafkalabs.lab08.solution.CrashSafeConsumer;
import dev.kafkalabs.lab08.solution.GroupSetup;
import dev.kafkalabs.lab08.solution.LongJobConsumer;
import dev.kafkalabs.lab08.solution.QueueConsumer;
import dev.kafkalabs.lab08.solution.RetryPolicy;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 8's exercises, for {@code ./labs}. Each program is a shared runner that picks the starter or the
 * solution. Every program configures its share group with 8.1's {@code GroupSetup}, and every consumer is
 * created by 8.1's {@code QueueConsumer.createConsumer}; 8.3 and 8.4 also run 8.2's explicit mode.
 */
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
                        GUIDE + "#81-more-consumers-than-partitions",
                        List.of(GroupSetup.class, QueueConsumer.class), List.of()),
                new Exercise("8.2", "Explicit acknowledgement", AcknowledgementDemo.class,
                        GUIDE + "#82-explicit-acknowledgement", List.of(AcknowledgingConsumer.class), List.of("8.1")),
                new Exercise("8.3", "A poison record", PoisonDemo.class, GUIDE + "#83-a-poison-record",
                        List.of(RetryPolicy.class), List.of("8.1", "8.2")),
                new Exercise("8.4", "A consumer that dies holding records", CrashDemo.class,
                        GUIDE + "#84-a-consumer-that-dies-holding-records",
                        List.of(CrashSafeConsumer.class), List.of("8.1", "8.2")),
                new Exercise("8.5", "A job longer than the lock", LongJobDemo.class,
                        GUIDE + "#85-a-job-longer-than-the-lock",
                        List.of(LongJobConsumer.class), List.of("8.1", "8.2")));
    }
}
