package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.KafkaBootstrap;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check class run the way an IDE runs it ({@link IdeLikeRun}: lab03's test classes, main classes and
 * dependencies, the JUnit launcher in a JVM of its own, no Maven) on the untouched workbook always says
 * which side it checked: without {@code lab.variant} (VS Code), with failsafe's {@code lab.variant=solution}
 * (IntelliJ), and with {@code lab.variant=starter}, which must fail on the shipped starter.
 */
// The three runs side by side: each is a JVM of its own that mostly waits on the broker, and this module builds last,
// when the other modules are done and the cores are half idle (one after the other: 27.5 s of a fresh clone's verify).
@Execution(ExecutionMode.CONCURRENT)
class IdeCheckRunIT {

    private static final String CHECK = "dev.kafkalabs.lab03.SimpleProducerIT";
    private static final long RUN_LIMIT_SECONDS = 180;

    @RegisterExtension
    static final StudentBroker broker = new StudentBroker();

    @TempDir
    Path logs;

    @Test
    void withoutLabVariantTheNamesAndTheFirstLineSayTheSolutionWasChecked() throws Exception {
        Run run = run(null);

        assertThat(run.exit()).as("exit code of the IDE-like run (the solution passes):%n%s", run.output()).isZero();
        assertThat(run.firstLine()).as("first line of output:%n%s", run.output())
                .startsWith("==> Checking the course's SOLUTION of 3.1, not your code (no -Dlab.variant given")
                .contains("./labs check 3.1", "-Dlab.variant=starter");
        assertThat(run.names()).as("the test tree's names:%n%s", run.output()).isNotEmpty()
                .allSatisfy(name -> assertThat(name).endsWith(" [solution]"))
                .contains("SimpleProducerIT [solution]");
    }

    @Test
    void withFailsafesLabVariantSolutionTheNamesSayTheSolutionWasChecked() throws Exception {
        Run run = run("solution");

        assertThat(run.exit()).as("exit code of the IDE-like run (the solution passes):%n%s", run.output()).isZero();
        assertThat(run.firstLine()).as("first line of output:%n%s", run.output())
                .startsWith("==> Checking the course's SOLUTION of 3.1, not your code (-Dlab.variant=solution)")
                .contains("./labs check 3.1");
        assertThat(run.names()).as("the test tree's names:%n%s", run.output()).isNotEmpty()
                .allSatisfy(name -> assertThat(name).endsWith(" [solution]"));
    }

    @Test
    void withLabVariantStarterTheUntouchedStarterFailsUnderItsOwnName() throws Exception {
        Run run = run("starter");

        assertThat(run.exit()).as("exit code of the IDE-like run of the untouched starter:%n%s", run.output()).isOne();
        assertThat(run.firstLine()).as("first line of output:%n%s", run.output())
                .isEqualTo("==> Checking YOUR CODE (the starter) of 3.1 (-Dlab.variant=starter).");
        assertThat(run.names()).as("the test tree's names:%n%s", run.output()).isNotEmpty()
                .allSatisfy(name -> assertThat(name).endsWith(" [starter]"));
        assertThat(run.output()).as("a check fails").contains(IdeLikeRun.RESULT + "\tFAILED\t");
    }

    private record Run(int exit, List<String> lines) {

        String output() {
            return String.join("\n", lines);
        }

        /** The first line the checks print (the JVM prints nothing before them on stdout). */
        String firstLine() {
            return lines.isEmpty() ? "(no output)" : lines.get(0);
        }

        List<String> names() {
            return lines.stream().filter(line -> line.startsWith(IdeLikeRun.RESULT + "\t"))
                    .map(line -> line.split("\t", 3)[2]).toList();
        }
    }

    /** {@code variant}: the {@code -Dlab.variant} the IDE passes, or null for none. */
    private Run run(String variant) throws IOException, InterruptedException {
        Path module = WorkbookTree.root().resolve("lab03-producer-consumer");
        Path testClasses = module.resolve("target/test-classes");
        assertThat(testClasses.resolve(CHECK.replace('.', '/') + ".class"))
                .as("lab03's compiled checks (./mvnw -pl workbook -am builds them before this test)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + KafkaBootstrap.SERVERS_PROPERTY + "=" + broker.bootstrapServers()));
        if (variant != null) {
            command.add("-Dlab.variant=" + variant);
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, testClasses.toString(),
                module.resolve("target/classes").toString(), System.getProperty("java.class.path")),
                IdeLikeRun.class.getName(), CHECK));
        Path stdout = logs.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).directory(module.toFile())
                .redirectOutput(stdout.toFile()).redirectError(logs.resolve("stderr.txt").toFile()).start();
        boolean ended = process.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(ended).as("the IDE-like run ended within %d s; its output:%n%s", RUN_LIMIT_SECONDS,
                Files.readString(stdout)).isTrue();
        return new Run(process.exitValue(), Files.readAllLines(stdout, StandardCharsets.UTF_8));
    }
}
