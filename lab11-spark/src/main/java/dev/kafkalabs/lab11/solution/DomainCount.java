package dev.kafkalabs.lab11.solution;

import static org.apache.spark.sql.functions.col;

import dev.kafkalabs.lab11.ClickRule;
import dev.kafkalabs.lab11.DeadLetterColumns;
import dev.kafkalabs.lab11.DomainCountSteps;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Lab 11.2 - lab 6's running count per domain, with Spark: the same input, the same rule for what is an
 * event, the same answer; malformed records are set aside as dead letters. ({@code SparkDomainCounter}
 * reads the topic, starts the queries that write these results to Kafka, and reads the results back.)
 */
public final class DomainCount implements DomainCountSteps {

    private static final String PARSED = "parsed";

    @Override
    public Dataset<Row> parsed(Dataset<Row> records) {
        return records
                .withColumn(PARSED, ClickRule.read(col("value")))
                .withColumn(DOMAIN, col(PARSED + "." + ClickRule.DOMAIN))
                .withColumn(ERROR, col(PARSED + "." + ClickRule.ERROR))
                .drop(PARSED);
    }

    @Override
    public Dataset<Row> countPerDomain(Dataset<Row> parsed) {
        return parsed
                .filter(col(ERROR).isNull())
                .groupBy(DOMAIN)
                .count();
    }

    @Override
    public Dataset<Row> deadLetters(Dataset<Row> parsed) {
        return parsed
                .filter(col(ERROR).isNotNull())
                .select(col("key"), col("value"), DeadLetterColumns.headers(col(ERROR)).as(DeadLetterColumns.HEADERS));
    }
}
