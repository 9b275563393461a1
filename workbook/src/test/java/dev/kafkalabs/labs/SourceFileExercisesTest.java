package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkalabs.support.catalog.Exercise;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ./labs check|watch|run FILE}: the real catalog's declarations map a starter, a solution, a runner
 * and a file several exercises share to their exercises; anything else is one message and exit code 2,
 * before anything is built or started.
 */
class SourceFileExercisesTest {

    private static final String LAB03 = "lab03-producer-consumer/src/main/java/dev/kafkalabs/lab03/";
    private static final String LAB08 = "lab08-share-groups/src/main/java/dev/kafkalabs/lab08/";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private final SourceFileExercises files = new SourceFileExercises(Catalog.load(), new LabsHome(WorkbookTree.root()));

    @AfterEach
    void forgetHome() {
        System.clearProperty("labs.home");
    }

    @Test
    void aStarterASolutionAndARunnerBelongToTheirExercise() {
        assertThat(idsOf(LAB03 + "starter/SimpleProducer.java")).as("the starter 3.1 edits").containsExactly("3.1");
        assertThat(idsOf(LAB03 + "solution/SimpleProducer.java")).as("the solution it mirrors").containsExactly("3.1");
        assertThat(idsOf(LAB03 + "demo/SendGreetings.java")).as("3.1's runner").containsExactly("3.1");
        assertThat(idsOf(LAB03 + "solution/TransactionalWriter.java")).as("one of the two classes 3.6 edits")
                .containsExactly("3.6");
    }

    @Test
    void aFileWhoseCodeLaterExercisesRunBelongsToThemToo() {
        assertThat(idsOf(LAB08 + "starter/QueueConsumer.java"))
                .as("8.1's consumer, which 8.2 to 8.5 declare they run").containsExactly("8.1", "8.2", "8.3", "8.4", "8.5");
        assertThat(idsOf(LAB08 + "starter/LongJobConsumer.java")).as("8.5's class, which no later exercise runs")
                .containsExactly("8.5");
    }

    @Test
    void aRelativePathIsTakenFromTheCurrentDirectory() {
        // Maven runs these tests in workbook/, one level below the workbook root.
        assertThat(files.of("../" + LAB03 + "starter/SimpleProducer.java")).extracting(Exercise::id).containsExactly("3.1");
    }

    @Test
    void aFileNoExerciseDeclaresIsOneMessage() {
        assertThatThrownBy(() -> files.of(WorkbookTree.root().resolve(LAB03 + "GreetingSender.java").toString()))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("lab03-producer-consumer/src/main/java/dev/kafkalabs/lab03/GreetingSender.java belongs to no "
                        + "exercise: no exercise of lab03 edits it or runs it as its program. ./labs list shows the "
                        + "exercises; each guide's table names the files you edit.");
        assertThatThrownBy(() -> files.of(WorkbookTree.root().resolve(
                "lab03-producer-consumer/src/test/java/dev/kafkalabs/lab03/SimpleProducerIT.java").toString()))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("SimpleProducerIT.java is a check, not a file you edit");
        assertThatThrownBy(() -> files.of(WorkbookTree.root().resolve("README.md").toString()))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("is not a source file of a lab");
        assertThatThrownBy(() -> files.of("lab03-producer-consumer/NoSuchFile.java"))
                .isInstanceOf(UnknownNameException.class).hasMessageStartingWith("There is no file lab03-producer-consumer/NoSuchFile.java.");
    }

    @Test
    void runAsksWhichExerciseOfASharedFileAndStartsNothing() {
        System.setProperty("labs.home", WorkbookTree.root().toString());

        int exit = Labs.run(new String[] {"run", WorkbookTree.root().resolve(LAB08 + "starter/QueueConsumer.java").toString(),
                "--starter"});

        assertThat(exit).as("exit code; stderr:%n%s", console.stderr()).isEqualTo(2);
        assertThat(console.stderr()).contains("belongs to 5 exercises; run one of them by its id:",
                "./labs run 8.1 --starter", "./labs run 8.5 --starter").doesNotContain("\tat ", "broker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "watch", "run"})
    void anUnknownFileIsOneLineAndExitCode2(String command) {
        System.setProperty("labs.home", WorkbookTree.root().toString());

        int exit = Labs.run(new String[] {command, "no/such/File.java"});

        assertThat(exit).as("exit code of ./labs %s; stderr:%n%s", command, console.stderr()).isEqualTo(2);
        assertThat(console.stderr().strip()).as("./labs %s no/such/File.java", command)
                .startsWith("There is no file no/such/File.java.").doesNotContain("\n", "\tat ");
    }

    private List<String> idsOf(String relative) {
        return files.of(WorkbookTree.root().resolve(relative).toString()).stream().map(Exercise::id).toList();
    }
}
