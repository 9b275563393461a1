package dev.kafkalabs.lab11;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import dev.kafkalabs.support.clicks.DeadLetters;
import org.apache.spark.sql.Column;

/**
 * Lab 6's dead-letter headers ({@link DeadLetters}) as a Spark column: the Kafka sink writes a column
 * {@code headers} (an array of key/value structs) as the record's headers.
 */
public final class DeadLetterColumns {

    public static final String HEADERS = "headers";

    private DeadLetterColumns() {
    }

    /**
     * The headers of the dead letter for each row of the Kafka source: {@code error} from {@code error}, the
     * source topic, partition and offset from the source's own columns.
     */
    public static Column headers(Column error) {
        return array(
                header(DeadLetters.ERROR_HEADER, error),
                header(DeadLetters.SOURCE_TOPIC_HEADER, col("topic")),
                header(DeadLetters.SOURCE_PARTITION_HEADER, col("partition")),
                header(DeadLetters.SOURCE_OFFSET_HEADER, col("offset")));
    }

    private static Column header(String name, Column value) {
        return struct(lit(name).as("key"), value.cast("string").cast("binary").as("value"));
    }
}
