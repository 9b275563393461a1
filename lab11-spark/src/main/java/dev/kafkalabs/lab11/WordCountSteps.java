package dev.kafkalabs.lab11;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Exercise 11.1's three steps, as {@link WordCountQuery} runs them: both the solution's and the starter's
 * {@code WordCount} implement it (with a public no-argument constructor).
 */
public interface WordCountSteps {

    /** The column of {@link #lines} and {@link #countWords}'s input: one line of text. */
    String LINE = "line";
    /** The columns of {@link #countWords}'s result. */
    String WORD = "word";
    String COUNT = "count";

    /**
     * The topic as a stream of lines of text, one column {@link #LINE}, every record the topic holds
     * included (also those written before the query started).
     *
     * @param kafka the Kafka client options for Spark ({@link SparkKafka#options()})
     */
    Dataset<Row> lines(SparkSession spark, Map<String, String> kafka, String topic);

    /** The running count of every word seen so far: columns {@link #WORD} and {@link #COUNT}. */
    Dataset<Row> countWords(Dataset<Row> lines);

    /** The counts as the records the Kafka sink writes to the output topic. */
    Dataset<Row> toRecords(Dataset<Row> counts);
}
