package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./labs check FILE} end to end on the fixture lab: the starter's path checks its exercise, and only
 * that one (SourceFileExercisesTest maps the real catalog's starters, solutions, runners and shared files).
 */
class CheckFileIT {

    @TempDir
    Path home;

    @Test
    void aStartersPathChecksItsExerciseOnly() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CheckCommand check = new CheckCommand(lab.catalog(), new LabsHome(home), lab.build(),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        int exit = check.run(new String[] {lab.starter("Greeting").toString()});

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit code: the untouched starter fails; printed:%n%s", printed).isOne();
        assertThat(printed).as("what ./labs check printed").contains("Checking 9.1 Greeting (starter)", "✗ 9.1")
                .doesNotContain("9.2");
    }
}
