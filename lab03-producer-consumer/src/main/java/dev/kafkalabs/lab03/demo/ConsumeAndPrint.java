package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.PrintingConsumer;
import dev.kafkalabs.lab03.RecordPrinter;
import dev.kafkalabs.lab03.solution.PollLoopConsumer;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import sun.misc.Signal;

/**
 * Runs exercise 3.2 (your {@code PollLoopConsumer} with {@code --starter}): consumes a topic as a group
 * and prints every record until Ctrl-C or SIGTERM.
 */
public final class ConsumeAndPrint {

    static final String USAGE = "ConsumeAndPrint [--topic TOPIC] [--group GROUP]";

    private ConsumeAndPrint() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group"), List.of());
        String topic = args.value("topic", "lab03-simple");
        String group = args.value("group", "lab03-poll-loop");
        PrintingConsumer exercise = Variant.current().instantiate(PrintingConsumer.class, PollLoopConsumer.class);

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // A new group starts at the beginning of the topic, so the records of 3.1 show up.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, IntegerDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);

        exitWithZeroOnSigterm();
        System.out.printf("Consuming '%s' as group '%s'. Ctrl-C to stop.%n", topic, group);
        exercise.consume(props, topic, new RecordPrinter());
        System.out.println("Consumer closed: offsets committed (auto-commit is on), group left.");
    }

    /**
     * SIGTERM is how an operator asks a service to stop ({@code kill PID}, systemd, Kubernetes). The JVM runs the
     * shutdown hooks and then exits with status 143 (128 + 15) even when every hook finished cleanly; a consumer
     * that closed properly should report success. So SIGTERM becomes {@code System.exit(0)}: the same hooks run,
     * the status is 0. Ctrl-C (SIGINT) keeps the JVM's default (130). {@code sun.misc.Signal} is in the JDK's
     * {@code jdk.unsupported} module, meant for exactly this use.
     */
    private static void exitWithZeroOnSigterm() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
