package dev.kafkalabs.lab08;

import dev.kafkalabs.support.delivery.DeliveryLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Every delivery of a job to a worker of one JVM, as the demos and checks see it: who got it, its
 * delivery count, what became of it, and whether another worker held it at the same moment. Wrap a
 * handler with {@link #recording(String, RecordHandler)} to fill it.
 */
public final class Deliveries {

    /** Results that mean the job is done. */
    public static final String PROCESSED = "processed";

    /**
     * One delivery.
     *
     * @param worker        who got it
     * @param job           the job number
     * @param deliveryCount the record's delivery count (1 for a first delivery)
     * @param result        {@link #PROCESSED}, an {@link Outcome} name, or {@code failed: ...}
     * @param atNanos       when processing ended ({@link System#nanoTime()})
     */
    public record Delivery(String worker, long job, int deliveryCount, String result, long atNanos) {

        public boolean processed() {
            return result.equals(PROCESSED) || result.equals(Outcome.DONE.name());
        }
    }

    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<Long, String> inHand = new HashMap<>();
    private final List<String> heldTwice = new ArrayList<>();

    /** {@code handler}, with every call recorded here under {@code worker}'s name. */
    public RecordHandler recording(String worker, RecordHandler handler) {
        return record -> track(worker, record, () -> {
            handler.handle(record);
            return PROCESSED;
        });
    }

    /** {@code handler}, with every call and its outcome recorded here under {@code worker}'s name. */
    public OutcomeHandler recordingOutcomes(String worker, OutcomeHandler handler) {
        return record -> Outcome.valueOf(track(worker, record, () -> handler.handle(record).name()));
    }

    private String track(String worker, ConsumerRecord<String, String> record, Supplier<String> work) {
        long job = NumberedRecords.number(record);
        int deliveryCount = record.deliveryCount().map(Short::intValue).orElse(-1);
        synchronized (this) {
            String holder = inHand.putIfAbsent(job, worker);
            if (holder != null) {
                heldTwice.add("job-" + job + " by " + holder + " and " + worker);
            }
        }
        String result = "failed";
        try {
            result = work.get();
            return result;
        } catch (RuntimeException e) {
            result = "failed: " + e.getMessage();
            throw e;
        } finally {
            synchronized (this) {
                inHand.remove(job, worker);
                deliveries.add(new Delivery(worker, job, deliveryCount, result, System.nanoTime()));
            }
        }
    }

    /**
     * Waits until no new delivery has arrived for {@code quiet} (at most {@code timeout}): how a check
     * sees that a record is <em>not</em> delivered again. A released record comes back at once, so a few
     * quiet seconds after the expected deliveries are proof enough.
     */
    public void awaitQuiet(Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = -1;
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = size();
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= quiet.toNanos()) {
                return;
            }
            synchronized (this) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public synchronized int size() {
        return deliveries.size();
    }

    public synchronized List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    /** Every delivery of job {@code job}, in order. */
    public synchronized List<Delivery> of(long job) {
        return deliveries.stream().filter(delivery -> delivery.job() == job).toList();
    }

    /** Jobs that two workers held at the same moment (should never happen in a share group). */
    public synchronized List<String> heldTwice() {
        return List.copyOf(heldTwice);
    }

    /** How many deliveries each worker got, by worker name. */
    public synchronized Map<String, Long> perWorker() {
        Map<String, Long> counts = new TreeMap<>();
        deliveries.forEach(delivery -> counts.merge(delivery.worker(), 1L, Long::sum));
        return counts;
    }

    /** The jobs processed successfully, with repeats, as a ledger (for a delivery report). */
    public synchronized DeliveryLedger processedLedger() {
        DeliveryLedger ledger = new DeliveryLedger();
        deliveries.stream().filter(Delivery::processed).forEach(delivery -> ledger.record(delivery.job()));
        return ledger;
    }

    /** How many distinct jobs have been processed successfully. */
    public synchronized long distinctProcessed() {
        return deliveries.stream().filter(Delivery::processed).mapToLong(Delivery::job).distinct().count();
    }
}
