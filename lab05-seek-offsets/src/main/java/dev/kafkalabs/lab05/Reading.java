package dev.kafkalabs.lab05;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Small reading helpers shared by the programs and the checks. */
public final class Reading {

    private static final Duration POLL = Duration.ofMillis(100);

    private Reading() {
    }

    /**
     * Polls until a record arrives or {@code timeout} passes, and returns the first record of that poll:
     * after a seek on a single assigned partition, the record at the consumer's new position.
     */
    public static <K, V> Optional<ConsumerRecord<K, V>> nextRecord(Consumer<K, V> consumer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            ConsumerRecords<K, V> records = consumer.poll(POLL);
            if (!records.isEmpty()) {
                return Optional.of(records.iterator().next());
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** "offset 7 'value'" or "nothing" - a record as a table cell. */
    public static String describe(Optional<? extends ConsumerRecord<?, ?>> record) {
        return record.map(r -> "offset " + r.offset() + " '" + r.value() + "'").orElse("nothing");
    }
}
