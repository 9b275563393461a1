package dev.kafkalabs.lab10;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.lab10.demo.RestApiTour;
import dev.kafkalabs.lab10.demo.RestartDemo;
import dev.kafkalabs.lab10.demo.RoundTripDemo;
import dev.kafkalabs.support.MainRunner;
import dev.kafkalabs.support.junit.KafkaExtension;
import dev.kafkalabs.support.junit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise programs that end on their own, on the solution, run as {@code ./labs run 10.x} runs them
 * and report success. Not a check: the programs are the demos, the checks are the other classes. Skipped
 * for any other variant ({@code ./labs check}, mutants).
 */
@EnabledIfSystemProperty(named = "lab.variant", matches = "solution")
@ExtendWith(KafkaExtension.class)
class SolutionProgramsIT {

    @TempDir
    Path directory;

    @Test
    void roundTripReportsEqualFiles(TestKafka kafka) throws Exception {
        assertThat(run(RoundTripDemo.class, "--lines", "3")).as("output of RoundTripDemo")
                .contains("The sink file equals the source file.")
                .contains("test.sink.2.log holds [after the update, line 1, after the update, line 2, after the update, line 3]");
    }

    @Test
    void restApiTourShowsPausedThenRunning(TestKafka kafka) throws Exception {
        assertThat(run(RestApiTour.class, "--rest-port", "0")).as("output of RestApiTour")
                .containsSubsequence("once it is RUNNING", "| RUNNING", "pause:", "| PAUSED", "resume:", "| RUNNING",
                        "restart", "| RUNNING");
    }

    @Test
    void restartReportsNoDuplicateAndNoLoss(TestKafka kafka) throws Exception {
        assertThat(run(RestartDemo.class, "--lines", "2")).as("output of RestartDemo")
                .containsSubsequence("4 records for 4 lines: 0 duplicated, 0 missing.",
                        "8 records for 4 lines: 4 duplicated, 0 missing.");
    }

    private String run(Class<?> program, String... args) throws Exception {
        String[] withDirectory = new String[args.length + 2];
        withDirectory[0] = "--dir";
        withDirectory[1] = directory.toString();
        System.arraycopy(args, 0, withDirectory, 2, args.length);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MainRunner.run(program, withDirectory);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output;
    }
}
