package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code ./labs run 3.1} end to end: finds or starts a broker, runs the solution, exits 0; with {@code --debug}
 * the program's JVM waits for a debugger on the port the launcher prints, and runs to its end once the
 * debugger has come and gone. Isolated: it swaps System.out and System.err, which the module's other tests
 * (run side by side) also print to.
 */
@Isolated
class RunCommandIT {

    @TempDir
    Path home;

    @Test
    void runsExercise31AgainstABrokerItFindsOrStarts() {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exitCode = Labs.run(new String[] {"run", "3.1", "--", "--count", "7", "--topic", "labs-run-it"});
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(exitCode).as("exit code; stderr was:%n%s", err).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).containsAnyOf("embedded Kafka broker", "Using the");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sent 7 records to 'labs-run-it'");
    }

    @Test
    void runStartsTheProgramInAJvmThatWaitsForADebuggerThenRunsIt() throws Exception {
        Path log = home.resolve("run.log");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dlabs.home=" + WorkbookTree.root(), "-cp", System.getProperty("java.class.path"), Labs.class.getName(),
                    "run", "3.1", "--debug", "--", "--count", "3", "--topic", "labs-debug-it")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            launcher.environment().put(KafkaBootstrap.SERVERS_ENV, broker.bootstrapServers());
            Process run = launcher.start();
            try {
                int port = Debugger.printedPort(() -> read(log));
                assertThat(run.isAlive()).as("./labs run waits for the debugger; printed:%n%s", read(log)).isTrue();
                Debugger.attachAndLeave(port);

                await("./labs run's end once the debugger left").atMost(Duration.ofSeconds(120))
                        .untilAsserted(() -> assertThat(run.isAlive()).as("./labs run still running; printed:%n%s", read(log)).isFalse());
                assertThat(run.exitValue()).as("exit code; printed:%n%s", read(log)).isZero();
                assertThat(read(log)).contains("Sent 3 records to 'labs-debug-it'");
            } finally {
                run.destroyForcibly();
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
