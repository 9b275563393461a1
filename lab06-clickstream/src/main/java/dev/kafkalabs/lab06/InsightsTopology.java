package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;
import java.time.Duration;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * 6.4's exercise as its program ({@link dev.kafkalabs.lab06.demo.InsightsProgram}) uses it: both the solution and the starter
 * implement it, with a public constructor without arguments.
 */
public interface InsightsTopology {

    /** The state store of the action breakdown per domain. */
    String ACTIONS_STORE = "domain-actions-store";
    /** The state store of the counts per domain and window. */
    String WINDOWS_STORE = "domain-window-counts-store";
    /** How late (in event time) an event may arrive and still count in its window. */
    Duration GRACE = Duration.ofMinutes(5);

    /** Each domain's events folded into its {@link ActionStats}, in the store {@link #ACTIONS_STORE}. */
    KTable<String, ActionStats> actionsPerDomain(KGroupedStream<String, ClickEvent> byDomain);

    /**
     * Each domain's events counted per tumbling window of {@code size} (of event time), in the store
     * {@link #WINDOWS_STORE}; an event up to {@link #GRACE} late still counts.
     */
    KTable<Windowed<String>, Long> countsPerWindow(KGroupedStream<String, ClickEvent> byDomain, Duration size);
}
