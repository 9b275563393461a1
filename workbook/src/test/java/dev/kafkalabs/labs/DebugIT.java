package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
    private static final String COMPOSITE_EVENT = "command 64/100";
    private static final int DISPOSE_ID = 1;
    private static final String DISPOSE_REPLY = "reply " + DISPOSE_ID + " error 0";
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

        await("the verdict once the debugger left").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(verdict).as("the checks still running; printed:%n%s", printed()).isDone());
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

                await("./labs run's end once the debugger left").atMost(Duration.ofSeconds(120))
                        .untilAsserted(() -> assertThat(run.isAlive()).as("./labs run still running; printed:%n%s", read(log)).isFalse());
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

    /**
     * Does what a debugger does when it attaches and then detaches without a breakpoint: connects to the
     * JDWP agent on {@code port}, checks its handshake, waits for the agent's first event (the VM has
     * started, suspended), and sends {@code VirtualMachine.Dispose}, which resumes the JVM. A client that
     * closed the socket right after the handshake instead would be no debugger at all, and would meet a
     * race in the agent: on a loaded machine, a JVM left that way stayed suspended about once in 25 tries
     * (a JVM given Dispose, 0 in 40).
     */
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
            debugger.setSoTimeout(60_000);
            DataInputStream in = new DataInputStream(debugger.getInputStream());
            DataOutputStream out = new DataOutputStream(debugger.getOutputStream());
            out.write(HANDSHAKE);
            byte[] answer = new byte[HANDSHAKE.length];
            in.readFully(answer);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("the agent's answer to the JDWP handshake")
                    .isEqualTo("JDWP-Handshake");
            assertThat(readPacket(in)).as("the agent's first packet: the Event.Composite command (set 64, command 100)")
                    .isEqualTo(COMPOSITE_EVENT);
            // A JDWP command packet: length, id, flags, command set, command (VirtualMachine = 1, Dispose = 6).
            out.writeInt(11);
            out.writeInt(DISPOSE_ID);
            out.writeByte(0);
            out.writeByte(1);
            out.writeByte(6);
            out.flush();
            assertThat(readPacket(in)).as("the agent's reply to Dispose (id %d, no error)", DISPOSE_ID)
                    .isEqualTo(DISPOSE_REPLY);
        }
    }

    /**
     * One JDWP packet's header, read whole with its data: "command SET/CMD" for a command, "reply ID error
     * CODE" for a reply (JDWP: length 4 bytes, id 4, flags 1, then a command's set and command or a
     * reply's error code).
     */
    private static String readPacket(DataInputStream in) throws java.io.IOException {
        int length = in.readInt();
        int id = in.readInt();
        boolean reply = (in.readByte() & 0x80) != 0;
        String header = reply ? "reply " + id + " error " + in.readShort() : "command " + in.readByte() + "/" + in.readByte();
        in.readFully(new byte[length - 11]);
        return header;
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
