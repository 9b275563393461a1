package dev.kafkalabs.lab11.mutants.permissive_json;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.kafkalabs.lab11.DeadLetterColumns;
import dev.kafkalabs.lab11.DomainCountSteps;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Lab 11.2 - lab 6's running count per domain, with Spark: the same input, the same rule for what is an
 * event, the same answer; malformed records are set aside as dead letters. ({@code SparkDomainCounter}
 * reads the topic, starts the queries that write these results to Kafka, and reads the results back.)
 */
public final class DomainCount implements DomainCountSteps {

    private static final String PARSED = "parsed";
    private static final StructType EVENT = new StructType()
            .add("timestamp", DataTypes.LongType).add("session", DataTypes.StringType)
            .add("domain", DataTypes.StringType).add("cost", DataTypes.IntegerType)
            .add("user", DataTypes.StringType).add("campaign", DataTypes.StringType)
            .add("ip", DataTypes.StringType).add("action", DataTypes.StringType);

    @Override
    public Dataset<Row> parsed(Dataset<Row> records) {
        return records
                .withColumn(PARSED, from_json(col("value").cast("string"), EVENT))
                .withColumn(DOMAIN, col(PARSED + ".domain"))
                .withColumn(ERROR, when(col(DOMAIN).isNull(), lit("not a click event")))
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
