package dev.kafkalabs.lab06;

import dev.kafkalabs.support.junit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test data for the lab 6 checks: seeded events, sent with the checks' own producer. */
final class Clickstreams {

    private Clickstreams() {
    }

    /** The values the generator makes for {@code seed}: the ground truth of a seeded run. */
    static List<byte[]> generated(long seed, int count) {
        List<byte[]> values = new ArrayList<>();
        try (EventSource source = EventSource.generated(seed, count)) {
            while (source.hasNext()) {
                source.next();
                values.add(source.value());
            }
        }
        return values;
    }

    /** Sends {@code values} (a null key each) and waits until the broker has them all. */
    static void send(TestKafka kafka, String topic, List<byte[]> values) throws Exception {
        // Answers only once every partition's leader is ready for writes (see Topics.awaitLeaders).
        kafka.endOffsets(topic);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.clientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (byte[] value : values) {
                sends.add(producer.send(new ProducerRecord<>(topic, value)));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code generated} with each of {@code malformed} inserted at a different place. */
    static List<byte[]> mixed(List<byte[]> generated, List<byte[]> malformed) {
        List<byte[]> mixed = new ArrayList<>(generated);
        for (int i = 0; i < malformed.size(); i++) {
            mixed.add((int) ((long) (i + 1) * mixed.size() / (malformed.size() + 1)), malformed.get(i));
        }
        return mixed;
    }

    /** Runs {@code action} with stdout captured and returns what it printed there. */
    static String stdoutOf(ThrowingRunnable action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
