package dev.kafkalabs.lab03.starter;

import dev.kafkalabs.lab03.RecordPrinter;
import dev.kafkalabs.lab03.Sigterm;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.cli.Args;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Lab 3.2 - a consumer poll loop that prints every record and stops cleanly on Ctrl-C or SIGTERM: a
 * shutdown hook wakes the consumer, whose {@code poll} then throws {@link WakeupException}; the loop ends,
 * {@code close()} commits what was consumed and leaves the group, and only then does the JVM exit.
 */
public final class PollLoopConsumer {

    static final String USAGE = "PollLoopConsumer [--topic TOPIC] [--group GROUP]";
    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private PollLoopConsumer() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("topic", "group"), List.of());
        String topic = args.value("topic", "lab03-simple");
        String group = args.value("group", "lab03-poll-loop");

        Properties props = KafkaBootstrap.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // A new group starts at the beginning of the topic, so the records of 3.1 show up.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, IntegerDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);

        // try-with-resources is the "close() in finally": it runs however the loop ends.
        try (KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(props)) {
            Sigterm.exitsNormally();
            wakeUpOnShutdown(consumer, Thread.currentThread());
            consumer.subscribe(List.of(topic));
            System.out.printf("Consuming '%s' as group '%s'. Ctrl-C to stop.%n", topic, group);
            RecordPrinter printer = new RecordPrinter();
            while (true) {
                pollAndPrint(consumer, printer);
            }
        } catch (WakeupException e) {
            System.out.println("Poll loop woken up: leaving it.");
        }
        System.out.println("Consumer closed: offsets committed, group left.");
    }

    /** On Ctrl-C or SIGTERM: wake the consumer, then wait until the poll loop has closed it. */
    static void wakeUpOnShutdown(Consumer<?, ?> consumer, Thread loopThread) {
        throw new UnsupportedOperationException("Lab 3.2: add a shutdown hook (a Thread) that calls "
                + "consumer.wakeup() and then loopThread.join(...) for at most SHUTDOWN_GRACE - see "
                + "lab03-producer-consumer/README.md section 3.2");
    }

    /** One turn of the loop: fetch what is there (waiting at most POLL_TIMEOUT) and print it. */
    static void pollAndPrint(Consumer<Integer, String> consumer, RecordPrinter printer) {
        throw new UnsupportedOperationException("Lab 3.2: call consumer.poll(POLL_TIMEOUT) and print every "
                + "ConsumerRecord with printer.print(record) - see lab03-producer-consumer/README.md section 3.2");
    }
}
