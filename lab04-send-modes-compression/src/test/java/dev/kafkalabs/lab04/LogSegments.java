package dev.kafkalabs.lab04;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.internal.FileLogInputStream.FileChannelRecordBatch;
import org.apache.kafka.common.record.internal.FileRecords;

/**
 * Reads the record batches a broker stored for a partition straight from its log segment files, to see
 * the codec each batch is stored with (no client API tells). Only possible when the broker's log
 * directory is on this machine: the embedded broker, or {@code ./labs broker}.
 */
final class LogSegments {

    private LogSegments() {
    }

    /**
     * The compression type of every stored batch of {@code topic}'s partition 0, in log order, or empty
     * when the log directory the broker reports is not readable from here (a broker in a container).
     */
    static Optional<List<String>> batchCodecs(Admin admin, String topic) throws Exception {
        Optional<Path> partitionDir = partitionDirectory(admin, new TopicPartition(topic, 0));
        if (partitionDir.isEmpty()) {
            return Optional.empty();
        }
        List<String> codecs = new ArrayList<>();
        for (Path segment : segments(partitionDir.get())) {
            try (FileRecords records = FileRecords.open(segment.toFile(), false)) {
                for (FileChannelRecordBatch batch : records.batches()) {
                    codecs.add(batch.compressionType().name);
                }
            }
        }
        return Optional.of(codecs);
    }

    private static Optional<Path> partitionDirectory(Admin admin, TopicPartition partition) throws Exception {
        List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id).toList();
        Map<Integer, Map<String, LogDirDescription>> logDirs = admin.describeLogDirs(brokers).allDescriptions()
                .get(30, TimeUnit.SECONDS);
        for (Map<String, LogDirDescription> dirs : logDirs.values()) {
            for (Map.Entry<String, LogDirDescription> dir : dirs.entrySet()) {
                if (dir.getValue().replicaInfos().containsKey(partition)) {
                    Path candidate = new File(dir.getKey(), partition.topic() + "-" + partition.partition()).toPath();
                    return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> segments(Path partitionDir) throws IOException {
        try (Stream<Path> files = Files.list(partitionDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }
}
