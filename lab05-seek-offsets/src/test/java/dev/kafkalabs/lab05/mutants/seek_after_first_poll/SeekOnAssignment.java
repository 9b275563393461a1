package dev.kafkalabs.lab05.mutants.seek_after_first_poll;

import dev.kafkalabs.lab05.GroupStart;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;

/** Lab 5.2, wrong: a "dummy poll" until the group assigns partitions, then one seek of that assignment. */
public final class SeekOnAssignment implements GroupStart {

    @Override
    public void subscribeFrom(Consumer<?, ?> consumer, String topic, long offset) {
        consumer.subscribe(List.of(topic));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        // WRONG: right for this assignment only; partitions the group hands over later start elsewhere.
        consumer.assignment().forEach(partition -> consumer.seek(partition, offset));
    }
}
