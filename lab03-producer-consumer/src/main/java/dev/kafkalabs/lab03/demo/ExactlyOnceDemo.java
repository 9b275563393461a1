package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.CrashPoint;
import dev.kafkalabs.lab03.DrillRun;
import dev.kafkalabs.lab03.NumberedEvents;
import dev.kafkalabs.lab03.TransactionalWrites;
import dev.kafkalabs.lab03.solution.TransactionalWriter;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Topics;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import dev.kafkalabs.support.delivery.DeliveryLedger;
import dev.kafkalabs.support.delivery.DeliveryReport;
import dev.kafkalabs.support.process.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 3.6 - exactly once, with your {@code TransactionalWriter} and {@code ExactlyOnceProcessor}. Part 1: a committed and an aborted transaction, read with {@code read_committed}
 * and with {@code read_uncommitted}. Part 2: the consume-transform-produce processor, killed with SIGKILL at
 * three points of its transaction and restarted each time; then its output is compared with its input.
 */
public final class ExactlyOnceDemo {

    static final String USAGE = "ExactlyOnceDemo [--events N]";
    static final List<String> KILL_POINTS = List.of("sent", "offsets-sent", "committed");
    private static final int PARTITIONS = 3;

    private ExactlyOnceDemo() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("events"), List.of());
        int events = (int) args.positive("events", 100, 50);
        commitAndAbort();
        crashDrill(events);
    }

    static void commitAndAbort() {
        String topic = Topics.createUnique("lab03-transactions", 1);
        try (TransactionalWrites writer = Variant.current().instantiate(TransactionalWrites.class,
                TransactionalWriter.class, Topics.uniqueName("lab03-writer"))) {
            writer.commitAll(topic, List.of("committed-1", "committed-2", "committed-3"));
            writer.abortAll(topic, List.of("aborted-1", "aborted-2"));
        }
        System.out.println("One committed transaction (3 records), one aborted transaction (2 records):");
        for (IsolationLevel level : IsolationLevel.values()) {
            System.out.printf("  %-17s sees %s%n", level.toString().toLowerCase(Locale.ROOT), readAll(topic, level));
        }
        System.out.println();
    }

    static void crashDrill(int events) {
        String input = Topics.createUnique("lab03-eos-input", PARTITIONS);
        String output = Topics.createUnique("lab03-eos-output", PARTITIONS);
        String group = Topics.uniqueName("lab03-eos-group");
        Path stopFile = DrillRun.newStopFile("eos");
        NumberedEvents.produce(input, events);
        String[] args = {"--input", input, "--output", output, "--group", group, "--stop-file", stopFile.toString()};
        System.out.printf("Consume-transform-produce %d events, killing the processor at: %s%n", events, KILL_POINTS);
        for (String point : KILL_POINTS) {
            try (ChildProcess processor = DrillRun.start(ExactlyOnceProcessorMain.class, CrashPoint.at(point, 2), args)) {
                DrillRun.crashWhenPaused(processor);
            }
        }
        try (ChildProcess processor = DrillRun.start(ExactlyOnceProcessorMain.class, null, args)) {
            DrillRun.waitFor("the whole output", processor,
                    () -> readAll(output, IsolationLevel.READ_COMMITTED).size() >= events);
            DrillRun.stop(processor, stopFile);
        }
        List<String> committed = readAll(output, IsolationLevel.READ_COMMITTED);
        DeliveryLedger ledger = new DeliveryLedger();
        committed.forEach(value -> ledger.record(NumberedEvents.numberOf(value)));
        DeliveryReport report = ledger.report(events);
        System.out.println("Output topic, read_committed:");
        System.out.print(report.table());
        System.out.printf("  records in the log %5d   (read_uncommitted: aborted attempts included)%n",
                readAll(output, IsolationLevel.READ_UNCOMMITTED).size());
    }

    /** Every value in {@code topic}, read from the beginning at {@code isolation}. */
    static List<String> readAll(String topic, IsolationLevel isolation) {
        Properties props = KafkaBootstrap.clientProperties();
        // Which records to return: only those of committed transactions, or all.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString().toLowerCase(Locale.ROOT));
        return Topics.readUpTo(Topics.endOffsets(topic), props, new StringDeserializer(), new StringDeserializer(),
                        Duration.ofSeconds(30))
                .stream().map(ConsumerRecord::value).toList();
    }
}
