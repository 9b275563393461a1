package dev.kafkalabs.lab11.demo;

import dev.kafkalabs.lab11.BeforeSparkStops;
import dev.kafkalabs.lab11.SparkDomainCounter;
import dev.kafkalabs.lab11.TemporaryCheckpoint;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.clicks.CounterOptions;
import dev.kafkalabs.support.clicks.CounterProgram;
import java.util.List;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The 11.2 program ({@code ./labs run 11.2}): lab 6's domain count with Spark, with 6.2's options where
 * they apply and the same {@code --json} result, so that the three engines are interchangeable on the
 * command line. Every run is a new query (its checkpoint is deleted at the end, see 11.3).
 */
public final class SparkCountProgram {

    static final String USAGE = "./labs run 11.2 -- [--topic T] [--output-topic T] [--dead-letter-topic T] "
            + "[--from-beginning] [--exit-when-idle SECONDS | --available-now] [--json] [--top N] [--master URL]";
    static final String APPLICATION = "lab11-spark-domain-counter";
    static final String DEFAULT_OUTPUT_TOPIC = "spark-domain-counts";

    private SparkCountProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("topic", "output-topic", "dead-letter-topic", "exit-when-idle", "top",
                "master"), List.of("from-beginning", "json", "available-now"));
        CounterOptions options = new CounterOptions().group(APPLICATION).outputTopic(DEFAULT_OUTPUT_TOPIC).read(args);
        try (TemporaryCheckpoint checkpoint = TemporaryCheckpoint.create(APPLICATION)) {
            CounterProgram.run(new SparkDomainCounter(options, checkpoint::of, trigger(args), args.valueOrNull("master")),
                    options, "Domain counts (Spark)", new BeforeSparkStops());
        }
    }

    /**
     * {@code --available-now}: read what the topic holds now, then stop (for scripts and benchmarks); else a
     * micro-batch as soon as the last one is done and new records are there.
     */
    static Trigger trigger(Args args) {
        return args.flag("available-now") ? Trigger.AvailableNow() : Trigger.ProcessingTime(0);
    }
}
