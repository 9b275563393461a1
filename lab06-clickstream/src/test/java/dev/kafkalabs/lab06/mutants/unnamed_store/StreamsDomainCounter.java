package dev.kafkalabs.lab06.mutants.unnamed_store;

import dev.kafkalabs.lab06.DomainCountTopology;
import dev.kafkalabs.support.clicks.ClickEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;

/**
 * Lab 6.3 - exactly-once counts per domain with Kafka Streams. The counts live in a fault-tolerant state
 * store; reading the input, updating the store and writing the outputs commit together, so that a crash
 * can neither lose nor double-count an event. ({@code StreamsCountProgram} builds the rest of the
 * topology around these two decisions and runs it.)
 */
public final class StreamsDomainCounter implements DomainCountTopology {

    @Override
    public String processingGuarantee() {
        return StreamsConfig.EXACTLY_ONCE_V2;
    }

    @Override
    public KTable<String, Long> countPerDomain(KStream<byte[], ClickEvent> events) {
        return events
                .mapValues(ClickEvent::domain)
                .groupBy((key, domain) -> domain, Grouped.with(BY_DOMAIN, Serdes.String(), Serdes.String()))
                .count(Materialized.with(Serdes.String(), Serdes.Long()));
    }
}
