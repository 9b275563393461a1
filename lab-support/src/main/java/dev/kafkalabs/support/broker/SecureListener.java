package dev.kafkalabs.support.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * What {@code ./labs broker --secure} adds to the embedded broker: a SASL_SSL client listener with SCRAM
 * users, a certificate made at start (with the JDK's {@code keytool}: no library, nothing committed), and
 * the files a client needs, written beside the broker's data:
 * <ul>
 *   <li>{@code client.properties}: what {@code KAFKA_CLIENT_CONFIG} points at (protocol, mechanism,
 *       user and password, truststore);</li>
 *   <li>{@code truststore.p12}: the certificate, for any JVM client;</li>
 *   <li>{@code ca.pem}: the same certificate as PEM, for clients in other languages.</li>
 * </ul>
 * Replication and the controller stay on PLAINTEXT listeners bound to 127.0.0.1.
 */
final class SecureListener {

    static final String MECHANISM = "SCRAM-SHA-256";
    static final String USER = "student";
    private static final String ALIAS = "broker";

    private final Path dir;
    private final String password = UUID.randomUUID().toString();
    private final String storePassword = UUID.randomUUID().toString();

    private SecureListener(Path dir) {
        this.dir = dir;
    }

    /** Makes the certificate, the truststore and the client files in {@code dir}. */
    static SecureListener create(Path dir) {
        SecureListener listener = new SecureListener(dir);
        listener.makeCertificate();
        listener.writeClientConfig();
        return listener;
    }

    Path clientConfig() {
        return dir.resolve("client.properties");
    }

    /** The StorageTool arguments that create the SCRAM user when the storage is formatted. */
    List<String> formatArguments() {
        return List.of("--add-scram", MECHANISM + "=[name=" + USER + ",password=" + password + "]");
    }

    /** The listener settings: clients on SASL_SSL at {@code clientPort}, replication on PLAINTEXT at {@code internalPort}. */
    void configure(Properties config, String host, int clientPort, int internalPort, int controllerPort) {
        config.put("listeners", "SASL_SSL://" + host + ":" + clientPort + ",INTERNAL://" + host + ":" + internalPort
                + ",CONTROLLER://" + host + ":" + controllerPort);
        config.put("advertised.listeners", "SASL_SSL://" + host + ":" + clientPort + ",INTERNAL://" + host + ":" + internalPort);
        config.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "INTERNAL");
        config.put("sasl.enabled.mechanisms", MECHANISM);
        config.put("listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        config.put("ssl.keystore.type", "PKCS12");
        config.put("ssl.keystore.location", keystore().toString());
        config.put("ssl.keystore.password", storePassword);
        config.put("ssl.key.password", storePassword);
    }

    /** The client settings (also written to {@link #clientConfig()}). */
    Properties clientSettings() {
        Properties client = new Properties();
        client.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        client.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        client.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + USER + "\" password=\"" + password + "\";");
        client.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        client.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, dir.resolve("truststore.p12").toString());
        client.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, storePassword);
        return client;
    }

    private Path keystore() {
        return dir.resolve("broker.p12");
    }

    private void makeCertificate() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        // A self-signed certificate for 127.0.0.1, valid two days: it is its own certificate authority.
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=Kafka Lab Workbook broker", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "bc:c",
                "-keystore", keystore().toString(), "-storetype", "PKCS12", "-storepass", storePassword,
                "-keypass", storePassword);
        keytool("-exportcert", "-alias", ALIAS, "-rfc", "-file", dir.resolve("ca.pem").toString(),
                "-keystore", keystore().toString(), "-storepass", storePassword);
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", dir.resolve("ca.pem").toString(),
                "-keystore", dir.resolve("truststore.p12").toString(), "-storetype", "PKCS12", "-storepass", storePassword);
    }

    private void writeClientConfig() {
        try (OutputStream out = Files.newOutputStream(clientConfig())) {
            clientSettings().store(out, "Client settings for the workbook's secured broker (./labs broker --secure). "
                    + "Made at start; valid while it runs.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + clientConfig(), e);
        }
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run keytool from " + System.getProperty("java.home"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the broker's certificate", e);
        }
    }
}
