package dev.kafkalabs.lab03.starter;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Lab 3.4 (b) - an auto-committing consumer that hands each batch to a worker thread and polls again at
 * once. The next polls auto-commit the offsets of records the worker has not processed yet; if the process
 * dies then, those records are skipped: the group's committed offsets say they were done.
 */
public final class HandOffConsumer {

    static final String USAGE = "HandOffConsumer --topic TOPIC --group GROUP --processed FILE [--work-ms N]";
    static final Duration AUTO_COMMIT_INTERVAL = Duration.ofSeconds(1);

    private HandOffConsumer() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "work-ms"), List.of());
        String topic = required(args, "topic");
        String group = required(args, "group");
        Path processedFile = Path.of(required(args, "processed"));
        Duration work = Duration.ofMillis(args.positive("work-ms", 10, 0));

        Properties props = DrillConsumers.settings(group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        // Commit (from inside poll) at most once a second instead of every 5 s, so commits show in a short demo.
        props.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, (int) AUTO_COMMIT_INTERVAL.toMillis());
        try (ProcessedLog log = ProcessedLog.open(processedFile);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            ExecutorService worker = Executors.newSingleThreadExecutor();
            try {
                ConsumerShutdown.wakeOnExit(consumer);
                consumer.subscribe(List.of(topic), new ResumeReporter(consumer));
                while (true) {
                    handOff(consumer.poll(DrillConsumers.POLL_TIMEOUT), worker, log, work);
                }
            } catch (WakeupException e) {
                System.out.println("Stopped; letting the worker finish before close() commits.");
            } finally {
                worker.shutdown();
                worker.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Gives the batch to the worker thread and returns at once, so that the loop can poll again. */
    static void handOff(ConsumerRecords<Integer, String> records, ExecutorService worker, ProcessedLog log,
                        Duration work) {
        throw new UnsupportedOperationException("Lab 3.4: hand the batch to the worker without waiting: "
                + "worker.execute(...) a task that runs DrillConsumers.process(record, log, work) for each record - "
                + "see lab03-producer-consumer/README.md section 3.4");
    }

    static String required(Args args, String name) {
        String value = args.valueOrNull(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.\nUsage: " + USAGE);
        }
        return value;
    }
}
