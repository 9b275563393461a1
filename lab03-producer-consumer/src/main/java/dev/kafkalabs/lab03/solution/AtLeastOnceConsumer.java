package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.ConsumerShutdown;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 3.5 - at-least-once: auto-commit off, and an offset is committed only after its record was processed.
 * Three ways to commit ({@code --commit}):
 * <ul>
 *   <li>{@code batch}: {@code commitSync()} after each processed batch;</li>
 *   <li>{@code async}: {@code commitAsync()} after each batch (no waiting), {@code commitSync()} when stopping;</li>
 *   <li>{@code every}: {@code commitSync(offsets)} of the records processed so far, every {@code --every} records.</li>
 * </ul>
 * However the consumer stops, its {@code finally} commits exactly the offsets it has processed.
 */
public final class AtLeastOnceConsumer {

    static final String USAGE = "AtLeastOnceConsumer --topic TOPIC --group GROUP --processed FILE "
            + "[--commit batch|async|every] [--every N] [--work-ms N]";

    /** How often and how the consumer commits. */
    enum CommitStyle { BATCH, ASYNC, EVERY }

    /** One callback for every asynchronous commit: a failure is reported; a later commit will cover it. */
    static final OffsetCommitCallback REPORT_FAILED_COMMIT = (offsets, exception) -> {
        if (exception != null) {
            System.out.println("async commit of " + offsets + " failed: " + exception.getMessage());
        }
    };

    private final Consumer<Integer, String> consumer;
    private final CommitStyle style;
    private final int every;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private long processedCount;

    AtLeastOnceConsumer(Consumer<Integer, String> consumer, CommitStyle style, int every) {
        this.consumer = consumer;
        this.style = style;
        this.every = every;
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "commit", "every", "work-ms"),
                List.of());
        String topic = required(args, "topic");
        String group = required(args, "group");
        Path processedFile = Path.of(required(args, "processed"));
        CommitStyle style = commitStyle(args.value("commit", "batch"));
        int every = (int) args.positive("every", 25, 1);
        Duration work = Duration.ofMillis(args.positive("work-ms", 10, 0));

        Properties props = DrillConsumers.settings(group);
        disableAutoCommit(props);
        try (ProcessedLog log = ProcessedLog.open(processedFile);
             KafkaConsumer<Integer, String> kafkaConsumer = new KafkaConsumer<>(props)) {
            ConsumerShutdown.wakeOnExit(kafkaConsumer);
            kafkaConsumer.subscribe(List.of(topic), new ResumeReporter(kafkaConsumer));
            System.out.printf("Committing style: %s%n", style.name().toLowerCase(Locale.ROOT));
            new AtLeastOnceConsumer(kafkaConsumer, style, every).run(log, work);
        } catch (WakeupException e) {
            System.out.println("Stopped after committing what was processed.");
        }
    }

    void run(ProcessedLog log, Duration work) {
        try {
            while (true) {
                ConsumerRecords<Integer, String> records = consumer.poll(DrillConsumers.POLL_TIMEOUT);
                for (ConsumerRecord<Integer, String> record : records) {
                    DrillConsumers.process(record, log, work);
                    markProcessed(record);
                    processedCount++;
                    if (style == CommitStyle.EVERY && processedCount % every == 0) {
                        commitSafely(this::commitProcessed);
                    }
                }
                if (!records.isEmpty() && style == CommitStyle.BATCH) {
                    commitSafely(this::commitBatch);
                }
                if (!records.isEmpty() && style == CommitStyle.ASYNC) {
                    commitBatchAsync();
                }
            }
        } finally {
            // Whatever ended the loop, the last processed offsets are committed before close().
            commitSafely(this::commitProcessed);
        }
    }

    static void disableAutoCommit(Properties props) {
        // Commit only what has been processed, when the program says so.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    /** Every record the last poll returned is processed: commit the consumer's positions, and wait. */
    void commitBatch() {
        consumer.commitSync();
    }

    /** Same, without waiting: the loop goes on while the commit travels; a failure is only reported. */
    void commitBatchAsync() {
        consumer.commitAsync(REPORT_FAILED_COMMIT);
    }

    /** The committed offset is the next record to read: the processed record's offset + 1. */
    void markProcessed(ConsumerRecord<Integer, String> record) {
        processed.put(new TopicPartition(record.topic(), record.partition()),
                new OffsetAndMetadata(record.offset() + 1));
    }

    /** Commits exactly the offsets of processed records (not the positions, which may be further on). */
    void commitProcessed() {
        consumer.commitSync(processed);
    }

    /** A commit fails when the group rebalanced and our partitions moved; the new owner re-processes them. */
    private static void commitSafely(Runnable commit) {
        try {
            commit.run();
        } catch (CommitFailedException e) {
            System.out.println("Commit failed, the partitions moved to another member, which will process "
                    + "them again from the last committed offset: " + e.getMessage());
        }
    }

    private static CommitStyle commitStyle(String name) {
        try {
            return CommitStyle.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--commit must be batch, async or every, not '" + name + "'.\nUsage: " + USAGE);
        }
    }

    static String required(Args args, String name) {
        String value = args.valueOrNull(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.\nUsage: " + USAGE);
        }
        return value;
    }
}
