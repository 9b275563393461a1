package dev.kafkalabs.lab06.starter;

import dev.kafkalabs.lab06.DomainCountTopology;
import dev.kafkalabs.support.clicks.ClickEvent;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;

/**
 * Lab 6.3 - exactly-once counts per domain with Kafka Streams. The counts live in a fault-tolerant state
 * store; reading the input, updating the store and writing the outputs commit together, so that a crash
 * can neither lose nor double-count an event. ({@code StreamsCountProgram} builds the rest of the
 * topology around these two decisions and runs it.)
 */
public final class StreamsDomainCounter implements DomainCountTopology {

    @Override
    public String processingGuarantee() {
        throw new UnsupportedOperationException("Lab 6.3: choose the guarantee under which a crash neither loses nor "
                + "double-counts an event - ./labs hint 6.3, README 6.3");
    }

    @Override
    public KTable<String, Long> countPerDomain(KStream<byte[], ClickEvent> events) {
        throw new UnsupportedOperationException("Lab 6.3: keep a running count per domain in the state store the live "
                + "table reads (COUNTS_STORE) - ./labs hint 6.3, README 6.3");
    }
}
