package dev.kafkalabs.lab11;

import dev.kafkalabs.support.KafkaBootstrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends every line typed (or piped) on stdin to a topic, so that 11.1 can be watched in one terminal. */
public final class TypedLines {

    private static final Logger LOG = LoggerFactory.getLogger(TypedLines.class);

    private TypedLines() {
    }

    /** Starts a daemon thread that sends stdin's lines to {@code topic} until stdin ends. */
    public static void sendTo(String topic) {
        Thread sender = new Thread(() -> {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaBootstrap.clientProperties(),
                    new StringSerializer(), new StringSerializer());
                 BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    producer.send(new ProducerRecord<>(topic, line));
                    // A line typed should reach the next micro-batch, not wait for a batch of more lines.
                    producer.flush();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Stopped sending typed lines: {}", e.getMessage());
            }
        }, "typed-lines");
        sender.setDaemon(true);
        sender.start();
    }
}
