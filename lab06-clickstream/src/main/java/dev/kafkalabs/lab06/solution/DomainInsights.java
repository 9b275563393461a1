package dev.kafkalabs.lab06.solution;

import dev.kafkalabs.lab06.ActionStats;
import dev.kafkalabs.lab06.InsightsTopology;
import dev.kafkalabs.lab06.JsonSerde;
import dev.kafkalabs.support.clicks.ClickEvent;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Lab 6.4 (bonus) - more than a count: each domain's action breakdown (its click-through ratio is
 * clicked / viewed), and each domain's events per tumbling window of event time, to see which domains
 * lead in each window. ({@code InsightsProgram} keys the events by domain, in event time, and writes
 * these two tables to their topics.)
 * {@code ./labs run 6.4 --starter} runs under the processing guarantee of your 6.3
 * {@code StreamsDomainCounter}: do 6.3 first.
 */
public final class DomainInsights implements InsightsTopology {

    @Override
    public KTable<String, ActionStats> actionsPerDomain(KGroupedStream<String, ClickEvent> byDomain) {
        return byDomain.aggregate(ActionStats::none,
                (domain, event, stats) -> stats.plus(event.action()),
                Materialized.<String, ActionStats, KeyValueStore<Bytes, byte[]>>as(ACTIONS_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(ActionStats.class)));
    }

    @Override
    public KTable<Windowed<String>, Long> countsPerWindow(KGroupedStream<String, ClickEvent> byDomain, Duration size) {
        return byDomain
                .windowedBy(TimeWindows.ofSizeAndGrace(size, GRACE))
                .count(Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(WINDOWS_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.Long()));
    }
}
