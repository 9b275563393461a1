package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstChecksTest {

    @TempDir
    Path runDir;

    @Test
    void aRunKeepsWhatAnotherRunInTheSameTreeWroteMeanwhileAndPutsWhatItLearnedOnTop() throws IOException {
        Path file = runDir.resolve(FirstChecks.FILE_NAME);
        Files.writeString(file, "7.4\tcommit_async\tcheck-A\n10.5\tdelay_in_seconds\tcheck-B\n");
        FirstChecks lab10Run = FirstChecks.read(runDir);

        // Another run (lab 7's mutants, in another terminal) ends first and writes what it learned.
        Files.writeString(file, "7.4\tcommit_async\tcheck-A2\n7.4\tno_commit\tcheck-C\n10.5\tdelay_in_seconds\tcheck-B\n");
        lab10Run.learn(List.of("10.5\tdelay_in_seconds\tcheck-B2", "not a record line"));
        lab10Run.write();

        assertThat(Files.readAllLines(file))
                .as("the record after both runs: lab 7's lines as the other run left them, lab 10's as this one learned")
                .containsExactly("10.5\tdelay_in_seconds\tcheck-B2", "7.4\tcommit_async\tcheck-A2", "7.4\tno_commit\tcheck-C");
        try (var files = Files.list(runDir)) {
            assertThat(files).as("files left in the run directory (no temporary file)").containsExactly(file);
        }
    }

    @Test
    void theArgumentsOfAnExerciseAreItsMutantsFirstChecksReadAndLearned() {
        FirstChecks record = FirstChecks.read(runDir);
        record.learn(List.of("9.3\tno_key\tcheck-K"));

        assertThat(record.argumentsFor("9.3")).containsExactly("--first-check", "9.3/no_key=check-K");
        assertThat(record.argumentsFor("9.4")).isEmpty();
    }
}
