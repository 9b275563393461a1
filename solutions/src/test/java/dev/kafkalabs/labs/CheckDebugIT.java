package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./labs check ID --debug} on the fixture lab: the checks' JVM waits for a debugger on the port the
 * launcher prints, speaks JDWP there, and runs the checks to their verdict once the debugger has come
 * and gone (a debugger that detaches lets the JVM go on).
 */
class CheckDebugIT {

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

        AtomicReference<Integer> port = new AtomicReference<>();
        await("the line with the debugger's port").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Matcher matcher = PORT.matcher(printed());
                    assertThat(matcher.find()).as("printed so far:%n%s", printed()).isTrue();
                    port.set(Integer.parseInt(matcher.group(1)));
                });
        assertThat(verdict).as("the checks wait for the debugger; printed:%n%s", printed()).isNotDone();
        try (Socket debugger = new Socket()) {
            await("the JVM's debug agent listens on " + port.get()).atMost(Duration.ofSeconds(30))
                    .ignoreExceptions().until(() -> {
                        debugger.connect(new InetSocketAddress("127.0.0.1", port.get()), 1000);
                        return true;
                    });
            debugger.setSoTimeout(10_000);
            debugger.getOutputStream().write(HANDSHAKE);
            byte[] answer = new byte[HANDSHAKE.length];
            new DataInputStream(debugger.getInputStream()).readFully(answer);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("the agent's answer to the JDWP handshake")
                    .isEqualTo("JDWP-Handshake");
        }

        await("the verdict once the debugger left").atMost(Duration.ofSeconds(120)).until(verdict::isDone);
        assertThat(verdict.get()).as("exit code once the debugger left; printed:%n%s", printed()).isZero();
        assertThat(printed()).contains("✓ 9.1");
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
