package dev.kafkalabs.lab11;

import dev.kafkalabs.lab11.demo.CampaignCountProgram;
import dev.kafkalabs.lab11.demo.RestartProgram;
import dev.kafkalabs.lab11.demo.SparkCountProgram;
import dev.kafkalabs.lab11.demo.WordCountProgram;
import dev.kafkalabs.lab11.solution.CampaignCount;
import dev.kafkalabs.lab11.solution.Checkpoints;
import dev.kafkalabs.lab11.solution.DomainCount;
import dev.kafkalabs.lab11.solution.WordCount;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.util.List;

/** Lab 11's exercises, for {@code ./labs}. Each program is a shared runner that picks the starter or the solution. */
public final class Lab11 implements Lab {

    private static final String GUIDE = "lab11-spark/README.md";

    @Override
    public String id() {
        return "lab11";
    }

    @Override
    public String module() {
        return "lab11-spark";
    }

    @Override
    public String title() {
        return "Kafka and Spark: Structured Streaming";
    }

    @Override
    public List<Exercise> exercises() {
        return List.of(
                new Exercise("11.1", "Word count with Structured Streaming", WordCountProgram.class,
                        GUIDE + "#111-word-count-with-structured-streaming", List.of(WordCount.class), List.of()),
                new Exercise("11.2", "Clickstream domain count with Spark", SparkCountProgram.class,
                        GUIDE + "#112-clickstream-domain-count-with-spark", List.of(DomainCount.class), List.of()),
                // 11.3's program restarts 11.2's count.
                new Exercise("11.3", "Restart and exactly-once output", RestartProgram.class,
                        GUIDE + "#113-restart-and-exactly-once-output", List.of(Checkpoints.class), List.of("11.2")),
                new Exercise("11.4", "On a cluster: what the executors see", CampaignCountProgram.class,
                        GUIDE + "#114-on-a-cluster-what-the-executors-see", List.of(CampaignCount.class), List.of()));
    }
}
