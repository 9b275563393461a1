package dev.kafkalabs.support.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkalabs.support.BadEnvironmentException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./labs broker --secure} and {@code -Dlab.broker=secure}: SASL_SSL with SCRAM, a certificate made at start,
 * and the client files. The broker is the one {@link Brokers#acquire()} starts for {@code -Dlab.broker=secure}
 * ({@code ./labs broker --secure} starts the same {@link EmbeddedKafkaBroker#startSecure}); the property itself is
 * not set here, where other test classes start their brokers at the same time.
 */
class SecureBrokerIT {

    private static RunningBroker broker;

    @BeforeAll
    static void start() {
        broker = Brokers.ofKind("secure");
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aClientWithTheWrittenSettingsProducesOverSaslSsl() throws Exception {
        Properties client = clientSettings();
        assertThat(client.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(broker.clientConfig().orElseThrow().resolveSibling("ca.pem"))
                .as("the CA certificate for non-Java clients").content().startsWith("-----BEGIN CERTIFICATE-----");

        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic("secured", 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>("secured", "over TLS")).get(60, TimeUnit.SECONDS).offset())
                    .as("offset of the first record sent over SASL_SSL").isZero();
        }
    }

    @Test
    void aPlaintextClientIsNotServed() {
        assertThat(BrokerProbe.answers(broker.bootstrapServers(), Duration.ofSeconds(3)))
                .as("a client without the security settings gets an answer").isFalse();
    }

    @Test
    void aWrongPasswordIsOneClearMessage(@TempDir Path dir) throws Exception {
        Properties wrong = clientSettings();
        wrong.put(SaslConfigs.SASL_JAAS_CONFIG, wrong.getProperty(SaslConfigs.SASL_JAAS_CONFIG)
                .replaceFirst("password=\"[^\"]*\"", "password=\"not-the-password\""));
        Path file = dir.resolve("wrong.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            wrong.store(out, null);
        }

        assertThatThrownBy(() -> BrokerProbe.answers(wrong, BrokerProbe.PATIENCE))
                .isInstanceOf(BadEnvironmentException.class)
                .hasMessageContaining("refused this client's credentials")
                .hasMessageContaining("invalid credentials");
    }

    private static Properties clientSettings() throws Exception {
        Properties client = new Properties();
        try (InputStream in = Files.newInputStream(broker.clientConfig().orElseThrow())) {
            client.load(in);
        }
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return client;
    }
}
