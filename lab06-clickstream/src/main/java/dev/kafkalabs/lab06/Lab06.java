package dev.kafkalabs.lab06;

import dev.kafkalabs.lab06.demo.ConsumerCountProgram;
import dev.kafkalabs.lab06.demo.GeneratorProgram;
import dev.kafkalabs.lab06.demo.InsightsProgram;
import dev.kafkalabs.lab06.demo.StreamsCountProgram;
import dev.kafkalabs.lab06.solution.ClickstreamProducer;
import dev.kafkalabs.lab06.solution.DomainCounter;
import dev.kafkalabs.lab06.solution.DomainInsights;
import dev.kafkalabs.lab06.solution.StreamsDomainCounter;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/**
 * Lab 6's exercises, for {@code ./labs}. Each program is a shared runner that calls the exercise's class
 * (starter or solution) through {@link dev.kafkalabs.support.Variant}.
 */
public final class Lab06 implements Lab {

    private static final String GUIDE = "lab06-clickstream/README.md";

    @Override
    public String id() {
        return "lab06";
    }

    @Override
    public String module() {
        return "lab06-clickstream";
    }

    @Override
    public String title() {
        return "Clickstream: running counts, exactly-once, bad input";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("6.1", "Click-stream generator", GeneratorProgram.class,
                        GUIDE + "#61-click-stream-generator", List.of(ClickstreamProducer.class), List.of()),
                new Exercise("6.2", "Running domain count (consumer)", ConsumerCountProgram.class,
                        GUIDE + "#62-running-domain-count-consumer", List.of(DomainCounter.class), List.of()),
                new Exercise("6.3", "Exactly-once counts with Kafka Streams", StreamsCountProgram.class,
                        GUIDE + "#63-exactly-once-counts-with-kafka-streams",
                        List.of(StreamsDomainCounter.class), List.of()),
                // 6.4 runs under the processing guarantee of 6.3's StreamsDomainCounter.
                new Exercise("6.4", "Bonus: actions, click-through ratio, time windows", InsightsProgram.class,
                        GUIDE + "#64-bonus-actions-click-through-ratio-time-windows",
                        List.of(DomainInsights.class), List.of("6.3")));
    }
}
