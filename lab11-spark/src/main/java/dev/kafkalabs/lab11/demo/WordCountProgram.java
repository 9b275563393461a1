package dev.kafkalabs.lab11.demo;

import dev.kafkalabs.lab11.BeforeSparkStops;
import dev.kafkalabs.lab11.QueryWatch;
import dev.kafkalabs.lab11.SparkKafka;
import dev.kafkalabs.lab11.SparkSessions;
import dev.kafkalabs.lab11.TemporaryCheckpoint;
import dev.kafkalabs.lab11.TypedLines;
import dev.kafkalabs.lab11.WordCountQuery;
import dev.kafkalabs.lab11.WordCountSteps;
import dev.kafkalabs.lab11.solution.WordCount;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.StopSignal;
import dev.kafkalabs.support.clicks.ClickTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The 11.1 program ({@code ./labs run 11.1}): counts the words of a topic with the exercise's
 * {@link WordCount} (the starter's or the solution's, see {@link Variant}), writes the running counts to a
 * topic and prints them on the console every two seconds. Lines typed in its terminal go to the input topic.
 */
public final class WordCountProgram {

    static final String USAGE = "./labs run 11.1 -- [--topic T] [--output-topic T] [--exit-when-idle SECONDS] "
            + "[--master URL]";
    static final String DEFAULT_TOPIC = "words";
    static final String DEFAULT_OUTPUT_TOPIC = "word-counts";
    /** The deck's DirectKafkaWordCount ran a batch every 2 seconds; so does this program. */
    static final Trigger EVERY_TWO_SECONDS = Trigger.ProcessingTime(Duration.ofSeconds(2).toMillis());

    private WordCountProgram() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, USAGE, List.of("topic", "output-topic", "exit-when-idle", "master"), List.of());
        String topic = args.value("topic", DEFAULT_TOPIC);
        String output = args.value("output-topic", DEFAULT_OUTPUT_TOPIC);
        Duration exitWhenIdle = args.valueOrNull("exit-when-idle") == null ? null
                : Duration.ofSeconds(args.positive("exit-when-idle", 0, 1));
        Topics.ensureExist(new NewTopic(topic, Optional.empty(), Optional.empty()), ClickTopics.compacted(output));

        SparkSession spark = SparkSessions.get(args.valueOrNull("master"));
        WordCountSteps steps = Variant.current().instantiate(WordCountSteps.class, WordCount.class);
        Map<String, String> kafka = SparkKafka.options();
        try (TemporaryCheckpoint checkpoint = TemporaryCheckpoint.create("lab11-word-count");
             QueryWatch watch = QueryWatch.start(spark, WordCountQuery.TO_TOPIC)) {
            StopSignal ctrlC = StopSignal.onCtrlC(watch::stop, new BeforeSparkStops());
            try {
                watch.track(WordCountQuery.toTopic(steps, spark, kafka, topic, output,
                        checkpoint.of(WordCountQuery.TO_TOPIC), EVERY_TWO_SECONDS));
                watch.track(WordCountQuery.toConsole(steps, spark, kafka, topic, checkpoint.of(WordCountQuery.TO_CONSOLE),
                        EVERY_TWO_SECONDS));
                System.out.printf("Counting the words of '%s' into '%s' and on this console every 2 seconds.%n"
                        + "Type lines here: each one is sent to '%s'. %s%n", topic, output, topic,
                        exitWhenIdle == null ? "Ctrl-C to stop." : "Stops after " + exitWhenIdle.toSeconds()
                                + " s without new lines.");
                TypedLines.sendTo(topic);
                watch.await(exitWhenIdle);
            } finally {
                ctrlC.done();
            }
        }
    }
}
