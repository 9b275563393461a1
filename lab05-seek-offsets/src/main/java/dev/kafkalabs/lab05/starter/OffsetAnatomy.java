package dev.kafkalabs.lab05.starter;

import dev.kafkalabs.lab05.OffsetInspector;
import dev.kafkalabs.lab05.OffsetSnapshot;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.5 - the anatomy of a partition's offsets: the group's last committed offset and the consumer's
 * position come from the consumer; the last stable offset and the high watermark from the broker, which
 * answers "the end" differently for each isolation level.
 */
public final class OffsetAnatomy implements OffsetInspector {

    private final Consumer<?, ?> consumer;
    private final Admin admin;

    public OffsetAnatomy(Consumer<?, ?> consumer, Admin admin) {
        this.consumer = consumer;
        this.admin = admin;
    }

    @Override
    public OffsetSnapshot inspect(TopicPartition partition) {
        throw new UnsupportedOperationException("Lab 5.5: gather the four offsets of the partition - last committed"
                + " (none is possible), position, last stable offset, high watermark - ./labs hint 5.5, README 5.5");
    }

    /** The end offset as a consumer of that isolation level sees it: the last stable offset or the high watermark. */
    private long endOffset(TopicPartition partition, IsolationLevel isolation) {
        throw new UnsupportedOperationException("Lab 5.5: ask the broker for the partition's end offset as a consumer"
                + " of this isolation level sees it - ./labs hint 5.5, README 5.5");
    }
}
