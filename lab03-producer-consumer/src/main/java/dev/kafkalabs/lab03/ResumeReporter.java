package dev.kafkalabs.lab03;

import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints where the consumer resumes each partition it is given: the group's committed offset, or the
 * {@code auto.offset.reset} position when nothing was committed. After a crash this shows where the
 * replacement picks up.
 */
public final class ResumeReporter implements ConsumerRebalanceListener {

    private final Consumer<?, ?> consumer;

    public ResumeReporter(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        partitions.stream()
                .sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
                .forEach(partition -> System.out.printf("resuming %s at offset %d%n", partition,
                        consumer.position(partition)));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            System.out.println("giving up " + partitions);
        }
    }
}
