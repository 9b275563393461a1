package dev.kafkalabs.support.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class RoundTripIT {

    @Test
    void aConsumerGroupReadsWhatAProducerWrote(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("round-trip", 3);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i)).get(30, TimeUnit.SECONDS);
            }
        }

        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                kafka.consumerProperties("round-trip"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 10 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }

        assertThat(values)
                .as("values a consumer group read back from %s", topic)
                .containsExactlyInAnyOrder("value-0", "value-1", "value-2", "value-3", "value-4",
                        "value-5", "value-6", "value-7", "value-8", "value-9");
    }
}
