package dev.kafkalabs.lab11.starter;

import dev.kafkalabs.lab11.WordCountSteps;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Lab 11.1 - the deck's word count with Structured Streaming: a topic in, running counts per word out.
 * ({@code WordCountQuery} starts the queries that write these counts to a topic and to the console.)
 */
public final class WordCount implements WordCountSteps {

    @Override
    public Dataset<Row> lines(SparkSession spark, Map<String, String> kafka, String topic) {
        throw new UnsupportedOperationException("Lab 11.1: read the topic as a stream of text lines, including what it "
                + "held before the query started - ./labs hint 11.1, README 11.1");
    }

    @Override
    public Dataset<Row> countWords(Dataset<Row> lines) {
        throw new UnsupportedOperationException("Lab 11.1: keep a running count of every word of the lines - "
                + "./labs hint 11.1, README 11.1");
    }

    @Override
    public Dataset<Row> toRecords(Dataset<Row> counts) {
        throw new UnsupportedOperationException("Lab 11.1: turn each count into a record a reader can find by its "
                + "word - ./labs hint 11.1, README 11.1");
    }
}
