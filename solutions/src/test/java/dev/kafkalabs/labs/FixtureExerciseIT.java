package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.KafkaBootstrap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What adding an exercise takes: the fixture lab's 9.3 is made of six files - its starter, its solution, its
 * check, its entry in the lab's catalog ({@link FixtureLab}), its guide section and its hints - and its wrong
 * answers and alternative beside them (edit files in {@code src/test/variants}). On that alone every command a
 * student or an instructor uses works: list, run (solution and starter), check (the starter by its file's path,
 * and the solution), hint, reset and {@code --mutants}.
 */
class FixtureExerciseIT {

    private static final Path FIXTURE_SOURCES = Path.of("src/test/resources/fixture-lab");
    private static final Path CATALOG_SOURCE = Path.of("src/test/java/dev/kafkalabs/labs/FixtureLab.java");

    @TempDir
    Path home;

    @RegisterExtension
    static final StudentBroker broker = new StudentBroker();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void anExerciseIsMadeOfSixFiles() {
        List<String> files = filesNaming("9.3", "KeyedRecord");

        assertThat(files).as("the files that name exercise 9.3 or its class, its wrong answers aside")
                .containsExactlyInAnyOrder(
                        "src/test/resources/fixture-lab/src/main/java/dev/kafkalabs/fixture/starter/KeyedRecord.java",
                        "src/test/resources/fixture-lab/src/main/java/dev/kafkalabs/fixture/solution/KeyedRecord.java",
                        "src/test/resources/fixture-lab/src/test/java/dev/kafkalabs/fixture/KeyedRecordIT.java",
                        "src/test/java/dev/kafkalabs/labs/FixtureLab.java",
                        "src/test/resources/fixture-lab/README.md",
                        "src/test/resources/fixture-lab/HINTS.md");
    }

    @Test
    void everyCommandWorksOnIt() throws Exception {
        // One broker for every command below, as a student's ./labs broker: each check JVM would start its own.
        String configured = System.getProperty(KafkaBootstrap.SERVERS_PROPERTY);
        try {
            System.setProperty(KafkaBootstrap.SERVERS_PROPERTY, broker.bootstrapServers());
            everyCommandWorksOnItWith();
        } finally {
            restore(KafkaBootstrap.SERVERS_PROPERTY, configured);
        }
    }

    private void everyCommandWorksOnItWith() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, true);
        GitRepository.commitEverything(home);
        Catalog catalog = lab.catalog();
        LabsHome labsHome = new LabsHome(home);

        assertThat(new ListCommand(catalog, labsHome).run(new String[0])).as("exit code of list").isZero();
        assertThat(console.stdout()).as("./labs list: the exercises, and examples with the first one not passing yet")
                .contains("9.3", "Keyed record", "./labs run 9.1 [--starter]", "./labs check 9.1");

        assertThat(new HintCommand(catalog, labsHome).run(new String[] {"9.3"})).as("exit code of hint 9.3").isZero();
        assertThat(console.stdout()).as("./labs hint 9.3").contains("Hint 1 of 2 for 9.3 Keyed record", "the same key, the same partition");

        String previousHome = System.getProperty("labs.home");
        System.setProperty("labs.home", home.toString());
        try {
            assertThat(new RunCommand(catalog).run(new String[] {"9.3", "--", "alice", "hello"}))
                    .as("exit code of run 9.3 (the solution); stderr:%n%s", console.stderr()).isZero();
            assertThat(console.stdout()).as("./labs run 9.3 -- alice hello").contains("key=alice value=hello");
            assertThat(new RunCommand(catalog).run(new String[] {"9.3", "--starter", "--", "alice", "hello"}))
                    .as("exit code of run 9.3 --starter (a TODO)").isOne();
            assertThat(console.stderr()).as("./labs run 9.3 --starter").contains("Lab 9.3: make the record");
        } finally {
            restore("labs.home", previousHome);
        }

        // The starter's path stands for its exercise, and only that one (SourceFileExercisesTest maps the real ones).
        Printed check = new Printed();
        assertThat(check.command(lab, labsHome).run(new String[] {lab.starter("KeyedRecord").toString()}))
                .as("exit code of check on the starter's path; printed:%n%s", check).isOne();
        assertThat(check.text()).contains("Checking 9.3 Keyed record (starter)", "✗ 9.3", "Lab 9.3: make the record",
                "hint: ./labs hint 9.3").doesNotContain("9.1", "9.2");
        Printed solution = new Printed();
        assertThat(solution.command(lab, labsHome).run(new String[] {"9.3", "--solution"}))
                .as("exit code of check 9.3 --solution; printed:%n%s", solution).isZero();
        assertThat(solution.text()).contains("✓ 9.3");

        Path starter = lab.starter("KeyedRecord");
        String shipped = Files.readString(starter);
        Files.writeString(starter, shipped.replace("throw new UnsupportedOperationException(", "return null; //("));
        assertThat(new ResetCommand(catalog, labsHome).run(new String[] {"9.3"})).as("exit code of reset 9.3").isZero();
        assertThat(Files.readString(starter)).as("the starter as shipped").isEqualTo(shipped);
        assertThat(starter.resolveSibling("KeyedRecord.java.mine")).as("the student's version, kept").exists();

        Printed mutants = new Printed();
        assertThat(mutants.command(lab, labsHome).run(new String[] {"9.3", "--mutants"}))
                .as("exit code of check 9.3 --mutants; printed:%n%s", mutants).isZero();
        assertThat(mutants.text()).contains("no_key", "key_and_value_swapped", "user_as_value", "✓ rejected",
                "(correct) explicit_no_partition", "✓ accepted");

        // The check that rejected each mutant is kept, to run first next time; one no longer there costs a full run.
        Path firstChecks = home.resolve(MutantChecks.TIMES_FILE).resolveSibling(FirstChecks.FILE_NAME);
        assertThat(firstChecks).as("the checks that rejected the mutants").content()
                .contains("9.3\tno_key\t[engine:junit-jupiter]/[class:");
        Files.writeString(firstChecks, "9.3\tno_key\t[engine:junit-jupiter]/[class:dev.kafkalabs.fixture.Gone]/[method:gone()]\n");
        Printed again = new Printed();
        assertThat(again.command(lab, labsHome).run(new String[] {"9.3", "--mutants"}))
                .as("exit code of check 9.3 --mutants with a first check that no longer exists; printed:%n%s", again)
                .isZero();
        assertThat(again.text()).contains("no_key", "✓ rejected");
        assertThat(firstChecks).as("the checks that rejected the mutants, after the second run").content()
                .doesNotContain("Gone").contains("9.3\tno_key\t[engine:junit-jupiter]/[class:");
    }

    /** The paths (relative to this module) of the fixture's files and its catalog that name any of {@code words}. */
    private static List<String> filesNaming(String... words) {
        try (Stream<Path> fixture = Files.walk(FIXTURE_SOURCES)) {
            return Stream.concat(fixture, Stream.of(CATALOG_SOURCE))
                    .filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(FIXTURE_SOURCES.resolve("src/test/variants")))
                    .filter(file -> Stream.of(words).anyMatch(read(file)::contains))
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** A {@code ./labs check} on the fixture and what it printed. */
    private static final class Printed {

        private final ByteArrayOutputStream output = new ByteArrayOutputStream();

        CheckCommand command(FixtureLab lab, LabsHome home) {
            return new CheckCommand(lab.catalog(), home, lab.build(), new PrintStream(output, true, StandardCharsets.UTF_8));
        }

        String text() {
            return output.toString(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
