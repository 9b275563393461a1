package dev.kafkalabs.lab05.solution;

import dev.kafkalabs.lab05.CatchUpReader;
import dev.kafkalabs.lab05.Served;
import dev.kafkalabs.lab05.Served.Lane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 5.6 - the catch-up trick with two positions on one topic: a live consumer that starts at the end
 * and a backlog consumer that starts at the group's committed offset and stops at the cut. Serving the
 * backlog only when the live consumer has caught up (lag 0) keeps what is happening now fresh.
 */
public final class CatchUpConsumer implements CatchUpReader {

    /** Live takes whatever has arrived (the default max.poll.records). */
    static final int LIVE_BATCH = 500;
    /** Backlog is served in small slices, so a live record never waits behind a large batch. */
    static final int BACKLOG_SLICE = 5;

    private final Consumer<String, String> live;
    private final Consumer<String, String> backlog;
    private final Map<TopicPartition, Long> cut;
    private final Set<TopicPartition> backlogFinished = new HashSet<>();

    /** {@code properties} name the group whose committed offsets mark where the backlog starts. */
    public CatchUpConsumer(Properties properties, String topic) {
        this.live = new KafkaConsumer<>(consumerProperties(properties, LIVE_BATCH));
        this.backlog = new KafkaConsumer<>(consumerProperties(properties, BACKLOG_SLICE));
        try {
            List<TopicPartition> partitions = live.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            live.assign(partitions);
            backlog.assign(partitions);
            this.cut = live.endOffsets(partitions);
            placePositions(backlog.committed(Set.copyOf(partitions)));
            markFinishedBacklog();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Live starts at the cut; backlog where the group left off (at the beginning if it never committed). */
    private void placePositions(Map<TopicPartition, OffsetAndMetadata> committed) {
        for (Map.Entry<TopicPartition, Long> partitionCut : cut.entrySet()) {
            TopicPartition partition = partitionCut.getKey();
            live.seek(partition, partitionCut.getValue());
            OffsetAndMetadata resumeAt = committed.get(partition);
            if (resumeAt == null) {
                backlog.seekToBeginning(List.of(partition));
            } else {
                backlog.seek(partition, resumeAt.offset());
            }
        }
    }

    @Override
    public List<Served> poll(Duration timeout) {
        List<Served> served = new ArrayList<>();
        live.poll(timeout).forEach(record -> served.add(new Served(Lane.LIVE, record)));
        if (served.isEmpty() && liveCaughtUp() && !backlogDone()) {
            for (ConsumerRecord<String, String> record : backlog.poll(timeout)) {
                if (record.offset() < cut.get(new TopicPartition(record.topic(), record.partition()))) {
                    served.add(new Served(Lane.BACKLOG, record));
                }
            }
            markFinishedBacklog();
        }
        return served;
    }

    @Override
    public boolean backlogDone() {
        return backlogFinished.size() == cut.size();
    }

    @Override
    public void close() {
        try {
            live.close();
        } finally {
            backlog.close();
        }
    }

    /**
     * The live side has caught up when its position has reached the end the broker reports now, on every
     * partition. An empty poll proves nothing (the fetch may not have answered yet), and neither does a lag
     * cached from an earlier answer: records may have arrived since.
     */
    private boolean liveCaughtUp() {
        Map<TopicPartition, Long> endNow = live.endOffsets(live.assignment());
        return endNow.entrySet().stream().allMatch(end -> live.position(end.getKey()) >= end.getValue());
    }

    /** A partition whose backlog reached the cut is paused: the live consumer reads from there on. */
    private void markFinishedBacklog() {
        for (TopicPartition partition : backlog.assignment()) {
            if (!backlogFinished.contains(partition) && backlog.position(partition) >= cut.get(partition)) {
                backlogFinished.add(partition);
                backlog.pause(List.of(partition));
            }
        }
    }

    private static Properties consumerProperties(Properties base, int maxPollRecords) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // Two positions on one partition: committing either one would lose the other's progress.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Live takes whatever has arrived; backlog takes small slices between live checks.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        return props;
    }
}
