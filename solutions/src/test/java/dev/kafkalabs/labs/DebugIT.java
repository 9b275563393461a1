package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --debug}: the JVM that runs the checks waits for a debugger on the port the launcher prints,
 * speaks JDWP there, and runs to its verdict once the debugger has come and gone (a debugger that detaches
 * lets the JVM go on). {@code run --debug} is in the workbook module's {@code RunCommandIT}, which builds
 * after this module: the two never take the default debug port at the same time.
 */
class DebugIT {

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

        int port = Debugger.printedPort(this::printed);
        assertThat(verdict).as("the checks wait for the debugger; printed:%n%s", printed()).isNotDone();
        Debugger.attachAndLeave(port);

        await("the verdict once the debugger left").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(verdict).as("the checks still running; printed:%n%s", printed()).isDone());
        assertThat(verdict.get()).as("exit code once the debugger left; printed:%n%s", printed()).isZero();
        assertThat(printed()).contains("✓ 9.1");
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
