package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad environment or argument gets one clear line and a non-zero exit (2 for usage), no stack
 * trace, and starts nothing (no broker) before it is found out. No broker is needed for any of this.
 */
class BadInputTest {

    private static final String STARTED_BROKER = "started an embedded Kafka broker";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @AfterEach
    void restore() {
        System.clearProperty(KafkaBootstrap.SERVERS_PROPERTY);
        System.clearProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY);
        System.clearProperty(Variant.PROPERTY);
        KafkaBootstrap.startBrokerOnFirstUse(null);
    }

    @Test
    void aMalformedBootstrapListIsOneLine() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "not a host");

        assertThat(Labs.run(new String[] {"run", "3.1"})).as("exit code").isEqualTo(1);
        assertOneLineMentioning("'not a host' is not a host:port address");
    }

    @Test
    void anUnreachableBrokerIsOneLineWithWhatToDo() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "127.0.0.1:1");

        assertThat(Labs.run(new String[] {"run", "3.1"})).as("exit code").isEqualTo(1);
        assertThat(stderr()).contains("No Kafka broker answers at 127.0.0.1:1", "./labs broker");
        assertNoStackTrace();
    }

    @Test
    void anUnreadableClientConfigIsFoundBeforeAnyBrokerStarts() {
        System.setProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, "/no/such/client.properties");

        assertThat(Labs.run(new String[] {"run", "3.1"})).as("exit code").isEqualTo(1);
        assertOneLineMentioning("/no/such/client.properties, which is not a readable file");
        assertThat(stderr()).doesNotContain(STARTED_BROKER);
    }

    @Test
    void aMisspeltClientSettingIsNamedWithTheLikelyFix(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "security.protocol=SASL_SSL\nsasl.mechansim=SCRAM-SHA-256\n");
        System.setProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, config.toString());

        assertThat(Labs.run(new String[] {"run", "3.1"})).as("exit code").isEqualTo(1);
        assertOneLineMentioning("'sasl.mechansim', which no Kafka client knows (did you mean 'sasl.mechanism'?)");
    }

    @Test
    void checkFindsABadEnvironmentBeforeRunningMaven() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "127.0.0.1:99999");

        assertThat(Labs.run(new String[] {"check", "3.1"})).as("exit code").isEqualTo(1);
        assertOneLineMentioning("'127.0.0.1:99999' is not a host:port address");
    }

    @Test
    void aBrokerPortInUseIsOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(Labs.run(new String[] {"broker", "--port", String.valueOf(port)})).as("exit code").isEqualTo(1);
            assertThat(stderr()).contains("Port " + port + " on 127.0.0.1 is already in use");
            assertNoStackTrace();
        }
    }

    @ParameterizedTest(name = "./labs ui {0}")
    @MethodSource("badUiArguments")
    void badUiArgumentsAreAUsageErrorAndStartNothing(String arguments, String said) {
        String[] argv = ("ui " + arguments).split(" ");

        assertThat(Labs.run(argv)).as("exit code of ./labs %s", String.join(" ", argv)).isEqualTo(2);
        assertThat(stderr()).contains(said, "Usage: ./labs ui [--port N]");
        assertNoStackTrace();
    }

    @ParameterizedTest(name = "./labs check {0}")
    @ValueSource(strings = {"--debug", "3.1 --debug --mutants", "3.1 --debug --expect-fail"})
    void debugChecksOneLabExerciseOrFileAndStartsNothing(String arguments) {
        String[] argv = ("check " + arguments).split(" ");

        assertThat(Labs.run(argv)).as("exit code of ./labs %s", String.join(" ", argv)).isEqualTo(2);
        assertThat(stderr()).contains("--debug checks one lab, exercise or file under a debugger");
        assertThat(stdout()).as("nothing was built or started").isEmpty();
        assertNoStackTrace();
    }

    static Stream<Arguments> badUiArguments() {
        return Stream.of(
                Arguments.of("--port 99999", "--port must be a TCP port (1-65535), not 99999"),
                Arguments.of("--port http", "--port must be a whole number, not 'http'"),
                Arguments.of("--port", "--port needs a value"),
                Arguments.of("--open", "Unknown argument '--open'"));
    }

    @Test
    void uiHelpShowsItsUsageAndStartsNothing() {
        assertThat(Labs.run(new String[] {"ui", "--help"})).as("exit code of ./labs ui --help").isZero();
        assertThat(stdout()).as("asked-for help goes to stdout").contains("Usage: ./labs ui [--port N]");
        assertNoStackTrace();
    }

    @Test
    void uiFindsABadEnvironmentBeforeStartingItsJvm() {
        System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, "nohost");

        assertThat(Labs.run(new String[] {"ui"})).as("exit code").isEqualTo(1);
        assertOneLineMentioning("'nohost' is not a host:port address");
    }

    @ParameterizedTest(name = "./labs run {0} -- --help")
    @MethodSource("exerciseIds")
    void everyExercisePrintsItsUsageForHelpAndStartsNothing(String id) {
        assertThat(Labs.run(new String[] {"run", id, "--", "--help"})).as("exit code of --help").isZero();
        assertThat(stdout() + stderr()).as("output of ./labs run %s -- --help", id).containsIgnoringCase("usage");
        assertThat(stderr()).as("./labs run %s -- --help must not start a broker", id).doesNotContain(STARTED_BROKER);
        assertNoStackTrace();
    }

    @ParameterizedTest(name = "./labs run {0} -- --no-such-option")
    @MethodSource("exerciseIds")
    void everyExerciseRejectsAnUnknownOptionWithUsageAndStartsNothing(String id) {
        assertThat(Labs.run(new String[] {"run", id, "--", "--no-such-option", "1"})).as("exit code").isEqualTo(2);
        assertThat(stderr()).as("what ./labs run %s says about --no-such-option", id).contains("--no-such-option");
        assertThat(stderr()).as("./labs run %s with a bad option must not start a broker", id).doesNotContain(STARTED_BROKER);
        assertNoStackTrace();
    }

    static Stream<String> exerciseIds() {
        return Catalog.load().labs().stream().map(Lab::exercises).flatMap(java.util.List::stream).map(Exercise::id);
    }

    private void assertOneLineMentioning(String text) {
        assertThat(stderr()).contains(text);
        assertThat(stderr().lines().filter(line -> line.startsWith("✗"))).as("error lines in:%n%s", stderr()).hasSize(1);
        assertNoStackTrace();
    }

    private void assertNoStackTrace() {
        assertThat(stdout() + stderr()).as("output").doesNotContain("\tat ", "Exception in thread");
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }
}
