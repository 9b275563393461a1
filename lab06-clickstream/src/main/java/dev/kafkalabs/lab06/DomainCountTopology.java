package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;

/**
 * 6.3's exercise as its program ({@link dev.kafkalabs.lab06.demo.StreamsCountProgram}) uses it: both the solution and the starter
 * implement it, with a public constructor without arguments.
 */
public interface DomainCountTopology {

    /** The state store that holds the count per domain; the live table reads it (interactive queries). */
    String COUNTS_STORE = "domain-counts-store";
    /** The name of the grouping step, and so of its repartition topic ({@code <application id>-by-domain-repartition}). */
    String BY_DOMAIN = "by-domain";

    /** The {@code processing.guarantee} of the application. */
    String processingGuarantee();

    /** The running count of {@code events} per domain, in the store {@link #COUNTS_STORE}. */
    KTable<String, Long> countPerDomain(KStream<byte[], ClickEvent> events);
}
