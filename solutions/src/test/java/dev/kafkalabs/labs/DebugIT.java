package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --debug}: the JVM that runs the student's code waits for a debugger on the port the launcher
 * prints, speaks JDWP there, and runs to its end once the debugger has come and gone (a debugger that
 * detaches lets the JVM go on). One class, so that its two tests (run one after the other) do not both
 * take the default debug port.
 */
class DebugIT {

    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PORT = Pattern.compile("Waiting for a debugger on 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void theChecksWaitForADebuggerOnThePrintedPortThenRunToTheirVerdict() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        Path starter = lab.starter("Greeting");
        Files.writeString(starter, Files.readString(starter).replaceAll("(?m)^(\\s*)throw new UnsupportedOperationException.*$",
                "$1return \"hello\";"));
        CheckCommand check = new CheckCommand(lab.catalog(), new LabsHome(home), lab.build(),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        CompletableFuture<Integer> verdict = CompletableFuture.supplyAsync(() -> check.run(new String[] {"9.1", "--debug"}));

        int port = printedPort(this::printed);
        assertThat(verdict).as("the checks wait for the debugger; printed:%n%s", printed()).isNotDone();
        attachAndLeave(port);

        await("the verdict once the debugger left").atMost(Duration.ofSeconds(120)).until(verdict::isDone);
        assertThat(verdict.get()).as("exit code once the debugger left; printed:%n%s", printed()).isZero();
        assertThat(printed()).contains("✓ 9.1");
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
                int port = printedPort(() -> read(log));
                assertThat(run.isAlive()).as("./labs run waits for the debugger; printed:%n%s", read(log)).isTrue();
                attachAndLeave(port);

                await("./labs run's end once the debugger left").atMost(Duration.ofSeconds(120)).until(() -> !run.isAlive());
                assertThat(run.exitValue()).as("exit code; printed:%n%s", read(log)).isZero();
                assertThat(read(log)).contains("Sent 3 records to 'labs-debug-it'");
            } finally {
                run.destroyForcibly();
            }
        }
    }

    /** The port of DebugAgent's line, once it is printed. */
    private static int printedPort(Supplier<String> printed) {
        AtomicReference<Integer> port = new AtomicReference<>();
        await("the line with the debugger's port").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Matcher matcher = PORT.matcher(printed.get());
                    assertThat(matcher.find()).as("printed so far:%n%s", printed.get()).isTrue();
                    port.set(Integer.parseInt(matcher.group(1)));
                });
        return port.get();
    }

    /** Connects to the JDWP agent on {@code port}, checks its handshake, and disconnects: the JVM then goes on. */
    private static void attachAndLeave(int port) throws Exception {
        // A socket whose connect failed is closed: each try needs a new one.
        AtomicReference<Socket> connected = new AtomicReference<>();
        await("the JVM's debug agent listens on " + port).atMost(Duration.ofSeconds(30))
                .ignoreExceptions().until(() -> {
                    Socket attempt = new Socket();
                    try {
                        attempt.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    } catch (java.io.IOException notYet) {
                        attempt.close();
                        throw notYet;
                    }
                    connected.set(attempt);
                    return true;
                });
        try (Socket debugger = connected.get()) {
            debugger.setSoTimeout(10_000);
            debugger.getOutputStream().write(HANDSHAKE);
            byte[] answer = new byte[HANDSHAKE.length];
            new DataInputStream(debugger.getInputStream()).readFully(answer);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("the agent's answer to the JDWP handshake")
                    .isEqualTo("JDWP-Handshake");
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
