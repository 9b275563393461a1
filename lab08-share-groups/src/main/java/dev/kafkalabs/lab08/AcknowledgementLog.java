package dev.kafkalabs.lab08;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.AcknowledgeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Every acknowledgement exercise 8.5's consumers give, and when: what {@code ./labs run 8.5} prints as it
 * happens, and where its check reads the renewals from. The consumer's settle loop (given code) fills it.
 */
public final class AcknowledgementLog {

    /**
     * One acknowledgement.
     *
     * @param worker        who gave it
     * @param job           the job number
     * @param deliveryCount the record's delivery count (1 for a first delivery)
     * @param type          ACCEPT, RELEASE, REJECT or RENEW
     * @param atNanos       when ({@link System#nanoTime()})
     */
    public record Entry(String worker, long job, int deliveryCount, AcknowledgeType type, long atNanos) {

        @Override
        public String toString() {
            return worker + " " + type.name() + " job-" + job + " (delivery " + deliveryCount + ")";
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Consumer<Entry> onEach;

    /** A log that only keeps the entries. */
    public AcknowledgementLog() {
        this(entry -> {
        });
    }

    /** A log that also hands each entry to {@code onEach} as it comes (a demo prints it). */
    public AcknowledgementLog(Consumer<Entry> onEach) {
        this.onEach = onEach;
    }

    /** Notes that {@code worker} acknowledged {@code record} with {@code type}. */
    public void acknowledged(String worker, ConsumerRecord<String, String> record, AcknowledgeType type) {
        Entry entry = new Entry(worker, NumberedRecords.number(record),
                record.deliveryCount().map(Short::intValue).orElse(-1), type, System.nanoTime());
        synchronized (this) {
            entries.add(entry);
        }
        onEach.accept(entry);
    }

    /** Every acknowledgement of job {@code job}, in order. */
    public synchronized List<Entry> of(long job) {
        return entries.stream().filter(entry -> entry.job() == job).toList();
    }
}
