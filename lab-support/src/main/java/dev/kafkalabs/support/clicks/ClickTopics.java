package dev.kafkalabs.support.clicks;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The shapes of the click-stream topics (labs 6 and 11), for
 * {@link dev.kafkalabs.support.Topics#ensureExist}: existing topics are left as they are.
 */
public final class ClickTopics {

    /** Input topics get three partitions, so that a group of up to three consumers can share the work. */
    public static final int PARTITIONS = 3;

    private ClickTopics() {
    }

    /**
     * A topic that keeps every record, forever (the input and the dead letters). Time-based retention
     * judges a segment by its newest record timestamp, and these records carry the time their event
     * happened: the deck's events are from 2016, so with the default 7 days every closed segment of
     * them would be deleted at the next retention check.
     */
    public static NewTopic log(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    /** A compacted topic: Kafka eventually keeps only the latest value per key, i.e. the current count. */
    public static NewTopic compacted(String name) {
        return new NewTopic(name, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }
}
