package dev.kafkalabs.lab04.demo;

import dev.kafkalabs.lab04.OneRecordSender;
import dev.kafkalabs.lab04.solution.ThreeWaySender;
import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.cli.Args;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lab 4.3's program, {@code ./labs run 4.3}: a topic that refuses records over 1 KiB, one oversized record
 * sent each of the three ways through the variant's {@link OneRecordSender} (solution, or the starter with
 * {@code --starter}), then one small record each way, and what the program learned every time.
 */
public final class HiddenErrorsDemo {

    public static final String USAGE = "HiddenErrors";
    public static final int TOPIC_LIMIT_BYTES = 1024;
    public static final int OVERSIZED_BYTES = 4096;
    private static final int SMALL_BYTES = 100;

    /** What one send taught the program. */
    private record Outcome(String mode, int bytes, String learned) {
    }

    private HiddenErrorsDemo() {
    }

    public static void main(String[] argv) throws Exception {
        Args.parse(argv, USAGE, List.of(), List.of());
        System.out.println("Lab 4.3 - fire-and-forget hides errors (" + Variant.current() + ")");
        try (Admin admin = Admin.create(KafkaBootstrap.clientProperties()); BenchTopics topics = new BenchTopics(admin)) {
            // The broker refuses any record batch larger than this: our oversized record will not fit.
            String topic = topics.create("lab04-hidden-errors",
                    Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(TOPIC_LIMIT_BYTES)));
            System.out.printf("Topic %s takes records up to %,d bytes (max.message.bytes). Each mode sends one "
                    + "record of %,d bytes, then one of %,d bytes.%n%n", topic, TOPIC_LIMIT_BYTES, OVERSIZED_BYTES,
                    SMALL_BYTES);

            TextTable table = new TextTable("mode", "record bytes", "what the program learned");
            try (Producer<String, byte[]> producer = new KafkaProducer<>(producerSettings())) {
                OneRecordSender sender = Variant.current().instantiate(OneRecordSender.class, ThreeWaySender.class,
                        producer);
                for (int bytes : new int[] {OVERSIZED_BYTES, SMALL_BYTES}) {
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "demo", new byte[bytes]);
                    sender.fireAndForget(record);
                    producer.flush();
                    List<Outcome> outcomes = List.of(
                            new Outcome("fire-and-forget", bytes, "nothing: send() returned, nobody looked at the Future"),
                            new Outcome("sync", bytes, describe(sender.sendSync(record))),
                            new Outcome("async", bytes, describe(sender.sendAsync(record))));
                    outcomes.forEach(outcome -> table.row(outcome.mode(), String.format("%,d", outcome.bytes()),
                            outcome.learned()));
                }
            }
            System.out.print(table.render());
            System.out.printf("%nRecords in the topic: %d of 6 sent. The three %,d-byte records were refused by the "
                    + "broker; the fire-and-forget program never found out.%n", topics.endOffset(topic), OVERSIZED_BYTES);
        }
    }

    private static Properties producerSettings() {
        Properties props = KafkaBootstrap.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "lab04-hidden-errors");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    private static String describe(Optional<Throwable> error) {
        return error.map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .orElse("stored: Kafka acknowledged it");
    }
}
