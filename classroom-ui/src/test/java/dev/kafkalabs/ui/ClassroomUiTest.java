package dev.kafkalabs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to the UI's own main: one line, a non-zero exit, no stack trace; no broker needed. */
class ClassroomUiTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void aPortInUseIsOneLineAndExitOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(ClassroomUi.run(new String[] {"--port", String.valueOf(port)})).as("exit code").isEqualTo(1);

            String stderr = err.toString(StandardCharsets.UTF_8);
            assertThat(stderr.lines().filter(line -> !line.isBlank())).as("stderr:%n%s", stderr).hasSize(1);
            assertThat(stderr).contains("Port " + port + " on 127.0.0.1 is already in use", "--port " + (port + 1))
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aBadPortIsAUsageError() {
        assertThat(ClassroomUi.run(new String[] {"--port", "http"})).as("exit code").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a whole number", "Usage: ./labs ui");
    }

    @Test
    void helpShowsTheUsage() {
        assertThat(ClassroomUi.run(new String[] {"--help"})).as("exit code").isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./labs ui [--port N]");
    }
}
