package dev.kafkalabs.lab11;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Exercise 11.2's steps, as {@link SparkDomainCounter} runs them: both the solution's and the starter's
 * {@code DomainCount} implement it (with a public no-argument constructor).
 */
public interface DomainCountSteps {

    /** Columns {@link #parsed} adds. */
    String DOMAIN = ClickRule.DOMAIN;
    String ERROR = ClickRule.ERROR;
    /** The count column of {@link #countPerDomain}. */
    String COUNT = "count";

    /**
     * The Kafka source's records (columns {@code key, value, topic, partition, offset, timestamp, ...}) with
     * two columns more: {@link #DOMAIN}, the event's domain (null for a malformed record), and
     * {@link #ERROR}, why the record is not an event (null for an event).
     */
    Dataset<Row> parsed(Dataset<Row> records);

    /** The running count of events per domain: columns {@link #DOMAIN} and {@link #COUNT}. */
    Dataset<Row> countPerDomain(Dataset<Row> parsed);

    /** The malformed records as lab 6's dead letters, ready for the Kafka sink. */
    Dataset<Row> deadLetters(Dataset<Row> parsed);
}
