package dev.kafkalabs.lab06.starter;

import dev.kafkalabs.lab06.ActionStats;
import dev.kafkalabs.lab06.InsightsTopology;
import dev.kafkalabs.support.clicks.ClickEvent;
import java.time.Duration;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Windowed;

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
        throw new UnsupportedOperationException("Lab 6.4: fold each domain's events into its action breakdown, kept in "
                + "ACTIONS_STORE - ./labs hint 6.4, README 6.4");
    }

    @Override
    public KTable<Windowed<String>, Long> countsPerWindow(KGroupedStream<String, ClickEvent> byDomain, Duration size) {
        throw new UnsupportedOperationException("Lab 6.4: count each domain's events per window of event time that "
                + "does not overlap the next, still counting late events for GRACE, kept in WINDOWS_STORE "
                + "- ./labs hint 6.4, README 6.4");
    }
}
