package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code ./labs run 3.1} end to end: finds or starts a broker, runs the solution, exits 0. Isolated: it
 * swaps System.out and System.err, which the module's other tests (run side by side) also print to.
 */
@Isolated
class RunCommandIT {

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
}
