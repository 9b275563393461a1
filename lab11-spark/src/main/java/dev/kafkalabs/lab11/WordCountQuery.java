package dev.kafkalabs.lab11;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;

/** Starts exercise 11.1's queries: its running counts to a Kafka topic, and to the console. */
public final class WordCountQuery {

    /** The names the queries get (shown in Spark's logs and progress reports). */
    public static final String TO_TOPIC = "word-counts-to-kafka";
    public static final String TO_CONSOLE = "word-counts-to-console";

    private WordCountQuery() {
    }

    /** Writes the running counts of {@code input}'s words to {@code output}, one record per changed count. */
    public static StreamingQuery toTopic(WordCountSteps steps, SparkSession spark, Map<String, String> kafka,
                                         String input, String output, Path checkpoint, Trigger trigger)
            throws TimeoutException {
        Dataset<Row> counts = steps.countWords(steps.lines(spark, kafka, input));
        return steps.toRecords(counts).writeStream()
                .queryName(TO_TOPIC)
                .format(SparkKafka.FORMAT)
                .options(kafka)
                .option("topic", output)
                // The sink needs a place for the offsets it read and the counts so far (exercise 11.3).
                .option("checkpointLocation", checkpoint.toString())
                // Each trigger writes the counts that changed in it. (Complete would write every word's count
                // at every trigger; append is refused for a running count, which is never final.)
                .outputMode(OutputMode.Update())
                .trigger(trigger)
                .start();
    }

    /** Prints the counts that changed at each trigger on stdout. */
    public static StreamingQuery toConsole(WordCountSteps steps, SparkSession spark, Map<String, String> kafka,
                                           String input, Path checkpoint, Trigger trigger) throws TimeoutException {
        return steps.countWords(steps.lines(spark, kafka, input)).writeStream()
                .queryName(TO_CONSOLE)
                .format("console")
                .option("truncate", false)
                .option("checkpointLocation", checkpoint.toString())
                .outputMode(OutputMode.Update())
                .trigger(trigger)
                .start();
    }
}
