package dev.kafkalabs.lab03;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints where the consumer resumes each partition it is given: the group's committed offset, or the
 * {@code auto.offset.reset} position when nothing was committed. After a crash this shows where the
 * replacement picks up. An optional action runs before partitions are given up (revoked), while this
 * consumer still owns them - the last moment to commit what it has processed of them.
 */
public final class ResumeReporter implements ConsumerRebalanceListener {

    private final org.apache.kafka.clients.consumer.Consumer<?, ?> consumer;
    private final Consumer<Collection<TopicPartition>> beforeGivingUp;

    public ResumeReporter(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
        this(consumer, partitions -> { });
    }

    /** Also runs {@code beforeGivingUp} with the partitions about to be revoked. */
    public ResumeReporter(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                          Consumer<Collection<TopicPartition>> beforeGivingUp) {
        this.consumer = consumer;
        this.beforeGivingUp = beforeGivingUp;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        partitions.stream()
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .forEach(partition -> System.out.printf("resuming %s at offset %d%n", partition,
                        consumer.position(partition)));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            beforeGivingUp.accept(partitions);
            System.out.println("giving up " + partitions);
        }
    }
}
