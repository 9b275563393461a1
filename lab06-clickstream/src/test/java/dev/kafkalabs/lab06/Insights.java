package dev.kafkalabs.lab06;

import dev.kafkalabs.support.clicks.ClickEvent;
import dev.kafkalabs.support.clicks.ClickEvents;
import dev.kafkalabs.support.clicks.ParsedEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The expected 6.4 results for a list of record values, computed directly. */
final class Insights {

    private Insights() {
    }

    static Map<String, ActionStats> actionsPerDomain(List<byte[]> values) {
        Map<String, ActionStats> stats = new HashMap<>();
        validEvents(values).forEach(event -> stats.merge(event.domain(), ActionStats.none().plus(event.action()),
                (a, b) -> new ActionStats(a.clicked() + b.clicked(), a.viewed() + b.viewed(), a.blocked() + b.blocked(),
                        a.other() + b.other())));
        return stats;
    }

    /** Counts per domain and tumbling window (windows start at multiples of {@code size} since the epoch). */
    static Map<String, Long> countsPerWindow(List<byte[]> values, Duration size) {
        Map<String, Long> counts = new HashMap<>();
        long sizeMillis = size.toMillis();
        validEvents(values).forEach(event -> counts.merge(
                WindowKeys.of(event.domain(), event.timestamp() - event.timestamp() % sizeMillis), 1L, Long::sum));
        return counts;
    }

    private static List<ClickEvent> validEvents(List<byte[]> values) {
        return values.stream().map(ClickEvents::read).filter(ParsedEvent::isValid).map(ParsedEvent::event).toList();
    }
}
