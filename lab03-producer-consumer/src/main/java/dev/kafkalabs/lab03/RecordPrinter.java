package dev.kafkalabs.lab03;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Prints consumed records as a table: one header, then one row per record. Each record's printing is a
 * {@link CrashPoint} ("printed"): a check can freeze the program there, as if its processing hung.
 */
public final class RecordPrinter {

    private static final String ROW = "%-28s %9s %8s %6s  %s%n";

    private boolean headerPrinted;

    public void print(ConsumerRecord<?, ?> record) {
        if (!headerPrinted) {
            System.out.printf(ROW, "topic", "partition", "offset", "key", "value");
            headerPrinted = true;
        }
        System.out.printf(ROW, record.topic(), record.partition(), record.offset(), record.key(), record.value());
        CrashPoint.reached("printed");
    }
}
