package dev.kafkalabs.support.delivery;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how often each numbered event was processed, to measure a delivery guarantee.
 *
 * <p>A producer writes events numbered {@code 0 .. expected-1}; whatever processes them records each
 * number here, however often it handles it. {@link #report(long)} then says how many events were
 * processed more than once (duplicates: at-least-once territory) and how many never (missing: at-most-once
 * territory). Exactly-once means both are zero.
 *
 * <pre>{@code
 * DeliveryLedger ledger = new DeliveryLedger();
 * processedSequenceNumbers.forEach(ledger::record);
 * DeliveryReport report = ledger.report(1000);
 * System.out.println(report.table());
 * }</pre>
 */
public final class DeliveryLedger {

    private final TreeMap<Long, Integer> timesProcessed = new TreeMap<>();

    /** Notes that event {@code sequenceNumber} was processed (once more). */
    public synchronized DeliveryLedger record(long sequenceNumber) {
        timesProcessed.merge(sequenceNumber, 1, Integer::sum);
        return this;
    }

    /** Notes every number in {@code sequenceNumbers} as processed. */
    public synchronized DeliveryLedger recordAll(Iterable<? extends Number> sequenceNumbers) {
        sequenceNumbers.forEach(number -> record(number.longValue()));
        return this;
    }

    /** The counts for events {@code 0 .. expected-1}. */
    public synchronized DeliveryReport report(long expected) {
        long processed = 0;
        long distinct = 0;
        long unexpected = 0;
        for (Map.Entry<Long, Integer> entry : timesProcessed.entrySet()) {
            if (entry.getKey() < 0 || entry.getKey() >= expected) {
                unexpected += entry.getValue();
            } else {
                processed += entry.getValue();
                distinct++;
            }
        }
        long gaps = 0;
        long firstMissing = -1;
        boolean inGap = false;
        for (long number = 0; number < expected; number++) {
            boolean missing = !timesProcessed.containsKey(number);
            if (missing && !inGap) {
                gaps++;
                if (firstMissing < 0) {
                    firstMissing = number;
                }
            }
            inGap = missing;
        }
        return new DeliveryReport(expected, processed, processed - distinct, expected - distinct, gaps,
                unexpected, firstMissing);
    }
}
