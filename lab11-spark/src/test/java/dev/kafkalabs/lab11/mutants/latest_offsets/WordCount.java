package dev.kafkalabs.lab11.mutants.latest_offsets;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.split;

import dev.kafkalabs.lab11.SparkKafka;
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
        return spark.readStream()
                .format(SparkKafka.FORMAT)
                .options(kafka)
                .option("subscribe", topic)
                .load()
                .select(col("value").cast("string").as(LINE));
    }

    @Override
    public Dataset<Row> countWords(Dataset<Row> lines) {
        return lines
                .select(explode(split(lower(col(LINE)), "\\W+")).as(WORD))
                .filter(col(WORD).notEqual(""))
                .groupBy(WORD)
                .count();
    }

    @Override
    public Dataset<Row> toRecords(Dataset<Row> counts) {
        return counts.select(col(WORD).as("key"), col(COUNT).cast("string").as("value"));
    }
}
