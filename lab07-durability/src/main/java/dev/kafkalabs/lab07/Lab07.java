package dev.kafkalabs.lab07;

import dev.kafkalabs.lab07.demo.AcksUnderFailure;
import dev.kafkalabs.lab07.demo.FailoverDemo;
import dev.kafkalabs.lab07.demo.MinIsrDemo;
import dev.kafkalabs.lab07.demo.ReplicationTour;
import dev.kafkalabs.lab07.solution.AcksProducer;
import dev.kafkalabs.lab07.solution.DurableSender;
import dev.kafkalabs.lab07.solution.FailoverReader;
import dev.kafkalabs.lab07.solution.ReplicatedTopic;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 7's exercises, for {@code ./labs}. Each program starts its own three-broker cluster, creates its
 * topic with 7.1's {@code ReplicatedTopic}, and from 7.2 on writes with 7.2's {@code AcksProducer}.
 */
public final class Lab07 implements Lab {

    private static final String GUIDE = "lab07-durability/README.md";

    @Override
    public String id() {
        return "lab07";
    }

    @Override
    public String module() {
        return "lab07-durability";
    }

    @Override
    public String title() {
        return "Durability: replicas, acks and failover";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("7.1", "Replication and the ISR", ReplicationTour.class,
                        GUIDE + "#71-replication-and-the-isr", List.of(ReplicatedTopic.class), List.of()),
                new Exercise("7.2", "acks under a leader crash", AcksUnderFailure.class,
                        GUIDE + "#72-acks-under-a-leader-crash", List.of(AcksProducer.class), List.of("7.1")),
                new Exercise("7.3", "min.insync.replicas: durability or availability", MinIsrDemo.class,
                        GUIDE + "#73-mininsyncreplicas-durability-or-availability",
                        List.of(DurableSender.class), List.of("7.1", "7.2")),
                new Exercise("7.4", "Consumer failover", FailoverDemo.class,
                        GUIDE + "#74-consumer-failover", List.of(FailoverReader.class), List.of("7.1", "7.2")));
    }
}
