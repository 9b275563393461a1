package dev.kafkalabs.lab06;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** 6.4's tables: the action breakdown per domain, and the top domains of each time window. */
public final class InsightTables {

    private InsightTables() {
    }

    public static String actions(String title, Map<String, ActionStats> stats, int top) {
        StringBuilder table = new StringBuilder(String.format("%n%s%n", title));
        table.append(String.format("  %-20s %10s %10s %10s %10s %7s%n", "domain", "events", "viewed", "clicked", "blocked", "CTR"));
        stats.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ActionStats> entry) -> entry.getValue().total()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(entry -> {
                    ActionStats s = entry.getValue();
                    Double ctr = s.clickThroughRate();
                    table.append(String.format("  %-20s %,10d %,10d %,10d %,10d %7s%n", entry.getKey(), s.total(),
                            s.viewed(), s.clicked(), s.blocked(), ctr == null ? "-" : String.format("%.1f%%", 100 * ctr)));
                });
        return table.toString();
    }

    /** The top {@code top} domains of each of the last {@code windows} windows; keys as in {@link WindowKeys}. */
    public static String topPerWindow(String title, Map<String, Long> windowCounts, int windows, int top) {
        TreeMap<Instant, List<Map.Entry<String, Long>>> byWindow = windowCounts.entrySet().stream()
                .collect(Collectors.groupingBy(entry -> WindowKeys.windowStart(entry.getKey()), TreeMap::new,
                        Collectors.toList()));
        StringBuilder table = new StringBuilder(String.format("%n%s%n", title));
        byWindow.descendingMap().entrySet().stream().limit(windows).forEach(window -> {
            String leaders = window.getValue().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .map(entry -> String.format("%s %,d", WindowKeys.domain(entry.getKey()), entry.getValue()))
                    .collect(Collectors.joining(", "));
            table.append(String.format("  %s  %s%n", window.getKey(), leaders));
        });
        return table.toString();
    }
}
