package dev.kafkalabs.lab03.solution;

import dev.kafkalabs.lab03.ConsumerShutdown;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 3.4 (a) - an auto-committing consumer that processes each record before its next poll. Auto-commit
 * happens inside {@code poll()}, at most once per interval, for everything the previous polls returned.
 * Records processed after the last commit are processed again by whoever takes over after a crash.
 */
public final class AutoCommitConsumer {

    static final String USAGE = "AutoCommitConsumer --topic TOPIC --group GROUP --processed FILE [--work-ms N]";
    static final Duration AUTO_COMMIT_INTERVAL = Duration.ofSeconds(1);

    private AutoCommitConsumer() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "work-ms"), List.of());
        String topic = required(args, "topic");
        String group = required(args, "group");
        Path processedFile = Path.of(required(args, "processed"));
        Duration work = Duration.ofMillis(args.positive("work-ms", 10, 0));

        Properties props = DrillConsumers.settings(group);
        enableAutoCommit(props);
        try (ProcessedLog log = ProcessedLog.open(processedFile);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            ConsumerShutdown.wakeOnExit(consumer);
            consumer.subscribe(List.of(topic), new ResumeReporter(consumer));
            while (true) {
                for (ConsumerRecord<Integer, String> record : consumer.poll(DrillConsumers.POLL_TIMEOUT)) {
                    DrillConsumers.process(record, log, work);
                }
            }
        } catch (WakeupException e) {
            System.out.println("Stopped; close() made a last auto-commit.");
        }
    }

    /** Auto-commit on (it is the default), every AUTO_COMMIT_INTERVAL. */
    static void enableAutoCommit(Properties props) {
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        // Commit (from inside poll) at most once a second instead of every 5 s, so commits show in a short demo.
        props.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, (int) AUTO_COMMIT_INTERVAL.toMillis());
    }

    static String required(Args args, String name) {
        String value = args.valueOrNull(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.\nUsage: " + USAGE);
        }
        return value;
    }
}
