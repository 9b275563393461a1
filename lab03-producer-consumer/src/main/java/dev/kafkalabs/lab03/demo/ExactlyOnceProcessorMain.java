package dev.kafkalabs.lab03.demo;

import dev.kafkalabs.lab03.DrillConsumers;
import dev.kafkalabs.lab03.StopSignal;
import dev.kafkalabs.lab03.TransactionalProcessor;
import dev.kafkalabs.lab03.solution.ExactlyOnceProcessor;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs exercise 3.6's {@code ExactlyOnceProcessor} (the starter's or a mutant's with {@code -Dlab.variant})
 * as its own program, so that a drill can kill it in the middle of a transaction: it reads {@code --input}
 * as {@code --group} and writes to {@code --output} until the {@code --stop-file} appears.
 */
public final class ExactlyOnceProcessorMain {

    static final String USAGE = "ExactlyOnceProcessorMain --input TOPIC --output TOPIC --group GROUP [--stop-file FILE]";

    private ExactlyOnceProcessorMain() {
    }

    /**
     * One stable id per processor instance: the restarted instance is the same producer, and fences the old one (a
     * check fences a running one with it).
     */
    public static String transactionalIdOf(String group) {
        return group + "-processor-1";
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, USAGE, List.of("input", "output", "group", "stop-file"), List.of());
        String input = args.required("input");
        String output = args.required("output");
        String group = args.required("group");
        String stopFile = args.valueOrNull("stop-file");
        StopSignal stop = stopFile == null ? StopSignal.never() : StopSignal.whenFileExists(Path.of(stopFile));

        TransactionalProcessor processor = Variant.current().instantiate(TransactionalProcessor.class,
                ExactlyOnceProcessor.class);
        Properties consumerProps = DrillConsumers.settings(group);
        processor.configureConsumer(consumerProps);
        Properties producerProps = KafkaBootstrap.clientProperties();
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, IntegerSerializer.class);
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        processor.configureProducer(producerProps, transactionalIdOf(group));

        try (KafkaProducer<Integer, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<Integer, String> consumer = new KafkaConsumer<>(consumerProps)) {
            processor.run(consumer, producer, input, output, stop);
        }
        System.out.println("Stopped between transactions; producer and consumer closed.");
    }
}
