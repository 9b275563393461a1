package dev.kafkalabs.lab07;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 7's exercises, for {@code ./labs}. Each program starts its own three-broker cluster. */
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
                        GUIDE + "#71-replication-and-the-isr"),
                new Exercise("7.2", "acks under a leader crash", AcksUnderFailure.class,
                        GUIDE + "#72-acks-under-a-leader-crash"),
                new Exercise("7.3", "min.insync.replicas: durability or availability", MinIsrDemo.class,
                        GUIDE + "#73-mininsyncreplicas-durability-or-availability"),
                new Exercise("7.4", "Consumer failover", FailoverDemo.class,
                        GUIDE + "#74-consumer-failover"));
    }
}
