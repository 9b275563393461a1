package dev.kafkalabs.lab05.mutants.position_as_committed;

import dev.kafkalabs.lab05.OffsetInspector;
import dev.kafkalabs.lab05.OffsetSnapshot;
import dev.kafkalabs.support.Topics;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
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
        return new OffsetSnapshot(
                // WRONG: the position is what this consumer read; the committed offset is what the group stored.
                consumer.position(partition),
                consumer.position(partition),
                endOffset(partition, IsolationLevel.READ_COMMITTED),
                endOffset(partition, IsolationLevel.READ_UNCOMMITTED));
    }

    /** The end offset as a consumer of that isolation level sees it: the last stable offset or the high watermark. */
    private long endOffset(TopicPartition partition, IsolationLevel isolation) {
        return Topics.get(admin.listOffsets(Map.of(partition, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
                .partitionResult(partition), "list the end offset of " + partition).offset();
    }
}
