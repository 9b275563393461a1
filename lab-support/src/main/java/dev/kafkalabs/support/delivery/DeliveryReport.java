package dev.kafkalabs.support.delivery;

/**
 * What happened to events {@code 0 .. expected-1}; see {@link DeliveryLedger}.
 *
 * @param expected     how many numbered events there were
 * @param processed    processing events counted, repeats included
 * @param duplicates   processing events beyond the first for the same number ({@code processed - distinct})
 * @param missing      numbers never processed
 * @param gaps         runs of consecutive missing numbers (3, 4, 5 missing is one gap of three)
 * @param unexpected   processing events for numbers outside {@code 0 .. expected-1}
 * @param firstMissing the lowest missing number, or -1 when none is missing
 */
public record DeliveryReport(long expected, long processed, long duplicates, long missing, long gaps,
                             long unexpected, long firstMissing) {

    /** Every event processed exactly once. */
    public boolean exactlyOnce() {
        return duplicates == 0 && missing == 0 && unexpected == 0;
    }

    /** A small table for a console, each line indented by two spaces. */
    public String table() {
        StringBuilder table = new StringBuilder()
                .append(String.format("  events            %6d%n", expected))
                .append(String.format("  processed         %6d%n", processed))
                .append(String.format("  duplicates        %6d%n", duplicates))
                .append(String.format("  missing           %6d   (in %d gap%s)%n", missing, gaps, gaps == 1 ? "" : "s"));
        if (unexpected > 0) {
            table.append(String.format("  unexpected        %6d%n", unexpected));
        }
        return table.toString();
    }

    @Override
    public String toString() {
        return "expected=" + expected + " processed=" + processed + " duplicates=" + duplicates
                + " missing=" + missing + " gaps=" + gaps + " unexpected=" + unexpected
                + (firstMissing >= 0 ? " firstMissing=" + firstMissing : "");
    }
}
