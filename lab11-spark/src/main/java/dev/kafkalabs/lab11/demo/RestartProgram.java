package dev.kafkalabs.lab11.demo;

import dev.kafkalabs.lab11.BeforeSparkStops;
import dev.kafkalabs.lab11.CheckpointPolicy;
import dev.kafkalabs.lab11.SparkDomainCounter;
import dev.kafkalabs.lab11.solution.Checkpoints;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import java.nio.file.Path;
import java.util.List;

/**
 * The 11.3 program ({@code ./labs run 11.3}): 11.2's count as a query that survives a kill. Its checkpoints
 * are where the exercise's {@link Checkpoints} puts them (starter or solution, see {@link Variant}), under
 * {@code --state-dir}, for the application {@code --application-id}: started again with the same two, it
 * continues where it stopped.
 */
public final class RestartProgram {

    static final String USAGE = "./labs run 11.3 -- [--topic T] [--output-topic T] [--dead-letter-topic T] "
            + "[--application-id ID] [--state-dir DIR] [--from-beginning] [--exit-when-idle SECONDS | --available-now] "
            + "[--json] [--top N] [--master URL]";
    static final String APPLICATION = "lab11-spark-restartable-counter";
    static final String DEFAULT_OUTPUT_TOPIC = "spark-restartable-domain-counts";
    static final Path DEFAULT_STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"), "lab11-spark");

    private RestartProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("topic", "output-topic", "dead-letter-topic", "application-id",
                "state-dir", "exit-when-idle", "top", "master"), List.of("from-beginning", "json", "available-now"));
        CounterOptions options = new CounterOptions().group(APPLICATION).outputTopic(DEFAULT_OUTPUT_TOPIC)
                .stateDir(DEFAULT_STATE_DIR).read(args);
        CheckpointPolicy checkpoints = Variant.current().instantiate(CheckpointPolicy.class, Checkpoints.class);
        CounterProgram.run(new SparkDomainCounter(options,
                        query -> checkpoints.location(options.stateDir(), options.group(), query),
                        SparkCountProgram.trigger(args), args.valueOrNull("master")),
                options, "Domain counts (Spark, restartable)", new BeforeSparkStops());
    }
}
