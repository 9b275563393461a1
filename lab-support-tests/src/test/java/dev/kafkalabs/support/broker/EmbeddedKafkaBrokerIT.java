package dev.kafkalabs.support.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import dev.kafkalabs.support.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker on its own (the other tests get it through the extension). */
class EmbeddedKafkaBrokerIT {

    @Test
    void listensOnLoopbackOnlyAndCleansUpOnClose() throws Exception {
        int port;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            port = Integer.parseInt(broker.bootstrapServers().substring("127.0.0.1:".length()));
            assertThat(BrokerProbe.answers(broker.bootstrapServers(), Duration.ofSeconds(5)))
                    .as("the broker answers on its loopback address").isTrue();

            Optional<InetAddress> external = nonLoopbackAddress();
            if (external.isPresent()) {
                assertThat(connects(external.get(), port))
                        .as("the broker must not be reachable on %s:%d (bind to 127.0.0.1 only)",
                                external.get().getHostAddress(), port)
                        .isFalse();
            }
        }
        assertThat(connects(InetAddress.getLoopbackAddress(), port))
                .as("nothing listens on port %d after close()", port).isFalse();
    }

    @Test
    void refusesATakenPortClearly() {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start()) {
            int port = Integer.parseInt(first.bootstrapServers().substring("127.0.0.1:".length()));
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(port))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void aDataDirectoryKeepsTopicsAndRecordsAcrossRestarts(@TempDir Path dataDir) throws Exception {
        String topic = "prepared-before-class";
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, dataDir);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Topics.ensureExist(admin, new NewTopic(topic, 1, (short) 1));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "kept")).get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(dataDir).as("the data directory after the broker stopped").isNotEmptyDirectory();

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(0, dataDir);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.bootstrapServers()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            Awaitility.await("the end offset of " + topic + " after the restart").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                            .partitionResult(partition).get(10, TimeUnit.SECONDS).offset())
                            .as("records in %s kept across the restart", topic).isEqualTo(1));
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
                .filter(address -> !address.isLoopbackAddress() && address.getAddress().length == 4)
                .findFirst();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
