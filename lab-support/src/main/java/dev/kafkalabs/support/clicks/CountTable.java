package dev.kafkalabs.support.clicks;

import java.util.List;
import java.util.Map;

/** Renders a top-N table of domain counts for people watching a terminal. */
public final class CountTable {

    private CountTable() {
    }

    /** A table of {@code result}'s top domains; a negative {@link CountResult#malformed()} means "not known". */
    public static String render(String title, CountResult result, int top) {
        List<Map.Entry<String, Long>> ranked = result.ranked();
        long valid = result.valid();
        StringBuilder table = new StringBuilder();
        String malformed = result.malformed() < 0 ? "" : String.format(", %,d malformed", result.malformed());
        table.append(String.format("%n%s: %,d events in %d domains%s%n", title, valid, ranked.size(), malformed));
        table.append(String.format("  %3s  %-20s %12s %7s%n", "#", "domain", "count", "share"));
        for (int i = 0; i < Math.min(top, ranked.size()); i++) {
            Map.Entry<String, Long> entry = ranked.get(i);
            table.append(String.format("  %3d  %-20s %,12d %6.1f%%%n", i + 1, entry.getKey(), entry.getValue(),
                    100.0 * entry.getValue() / valid));
        }
        if (ranked.size() > top) {
            table.append(String.format("  ...  %d more domains%n", ranked.size() - top));
        }
        return table.toString();
    }
}
