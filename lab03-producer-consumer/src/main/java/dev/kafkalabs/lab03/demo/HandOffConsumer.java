package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.DeliveryConsumer;
import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.ProcessedLog;
import dev.kafkalabs.lab03.RecordHandler;
import dev.kafkalabs.lab03.ResumeReporter;
import dev.kafkalabs.lab03.StopSignal;
import dev.kafkalabs.lab03.solution.AutoCommitConsumer;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Lab 3.4 (b) - what goes wrong when an auto-committing consumer hands each batch to a worker thread and
 * polls again at once: the next polls auto-commit the offsets of records the worker has not processed yet;
 * if the process dies then, those records are skipped - the group's committed offsets say they were done.
 * The auto-commit settings are those of your {@code AutoCommitConsumer} (exercise 3.4).
 */
public final class HandOffConsumer {

    static final String USAGE = "HandOffConsumer --topic TOPIC --group GROUP --processed FILE [--stop-file FILE]"
            + " [--work-ms N]";

    private HandOffConsumer() {
    }

    public static void main(String[] argv) throws InterruptedException {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group", "processed", "stop-file", "work-ms"), List.of());
        String topic = args.required("topic");
        String group = args.required("group");
        Path processedFile = Path.of(args.required("processed"));
        String stopFile = args.valueOrNull("stop-file");
        StopSignal stop = stopFile == null ? StopSignal.never() : StopSignal.whenFileExists(Path.of(stopFile));
        Duration work = Duration.ofMillis(args.positive("work-ms", 10, 0));

        Properties props = DrillConsumers.settings(group);
        Variant.current().instantiate(DeliveryConsumer.class, AutoCommitConsumer.class).configure(props);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (ProcessedLog log = ProcessedLog.open(processedFile);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            RecordHandler handler = DrillConsumers.handler(log, work);
            consumer.subscribe(List.of(topic), new ResumeReporter(consumer));
            while (!stop.requested()) {
                handOff(consumer.poll(DrillConsumers.POLL_TIMEOUT), worker, handler);
            }
            // Let the worker finish before close() makes its last auto-commit.
            worker.shutdown();
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            worker.shutdownNow();
        }
        System.out.println("Stopped; the consumer is closed.");
    }

    /** Gives the batch to the worker thread and returns at once, so that the loop can poll (and commit) again. */
    static void handOff(ConsumerRecords<Integer, String> records, ExecutorService worker, RecordHandler handler) {
        worker.execute(() -> records.forEach(handler::process));
    }
}
