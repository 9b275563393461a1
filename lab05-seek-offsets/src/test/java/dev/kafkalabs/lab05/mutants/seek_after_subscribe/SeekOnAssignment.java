package dev.kafkalabs.lab05.mutants.seek_after_subscribe;

import dev.kafkalabs.lab05.GroupStart;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Lab 5.2, wrong: seeks every partition of the topic right after subscribe(). */
public final class SeekOnAssignment implements GroupStart {

    @Override
    public void subscribeFrom(Consumer<?, ?> consumer, String topic, long offset) {
        consumer.subscribe(List.of(topic));
        // WRONG: the group assigns partitions inside poll(); right now this consumer owns none.
        consumer.partitionsFor(topic).forEach(info -> consumer.seek(new TopicPartition(topic, info.partition()), offset));
    }
}
