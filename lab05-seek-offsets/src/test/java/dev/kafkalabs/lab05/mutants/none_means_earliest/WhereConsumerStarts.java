package dev.kafkalabs.lab05.mutants.none_means_earliest;

import dev.kafkalabs.lab05.StartingPositions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Lab 5.4 - where a consumer starts: at the group's committed offset while it is still inside the log;
 * otherwise (no commit, or records deleted or a commit past the end) {@code auto.offset.reset} decides.
 */
public final class WhereConsumerStarts implements StartingPositions {

    /** A consumer of the group in question: it reads the group's committed offsets and the log's bounds. */
    private final Consumer<?, ?> consumer;

    public WhereConsumerStarts(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    @Override
    public Map<TopicPartition, OptionalLong> startingPositions(String policy, List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> logStart = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> logEnd = consumer.endOffsets(partitions);

        Map<TopicPartition, OptionalLong> starts = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata resumeAt = committed.get(partition);
            long start = logStart.get(partition);
            long end = logEnd.get(partition);
            if (resumeAt != null && resumeAt.offset() >= start && resumeAt.offset() <= end) {
                // A valid committed offset always wins: the policy is only the fallback.
                starts.put(partition, OptionalLong.of(resumeAt.offset()));
            } else {
                // Nothing committed, or the commit points outside the log (out of range): the policy decides.
                starts.put(partition, switch (policy) {
                    case "earliest" -> OptionalLong.of(start);
                    case "latest" -> OptionalLong.of(end);
                    // WRONG: none means "throw", not "start somewhere".
                    default -> OptionalLong.of(start);
                });
            }
        }
        return starts;
    }
}
