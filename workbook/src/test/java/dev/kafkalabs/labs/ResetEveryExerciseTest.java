package dev.kafkalabs.labs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./labs reset ID} for every exercise of the real catalog, in a git repository that holds a copy of
 * every lab's main sources, after the student changed every starter file: the exercise's declared starters
 * come back as shipped, each with the student's version beside it as {@code .mine}; every other starter
 * file keeps the student's work - in particular those of the earlier exercises whose code it runs.
 */
class ResetEveryExerciseTest {

    private static final String STUDENT_WORK = "// the student's work\n";
    private static final Catalog CATALOG = Catalog.load();

    /** Every starter file of the copy, with its content as committed. */
    private static final Map<Path, String> SHIPPED = new LinkedHashMap<>();

    @TempDir
    static Path home;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void commitACopyOfEveryLab() throws IOException, InterruptedException {
        for (Lab lab : CATALOG.labs()) {
            copy(WorkbookTree.root().resolve(lab.module()).resolve("src/main/java"),
                    home.resolve(lab.module()).resolve("src/main/java"));
            for (Path starter : ExerciseDeclarationsTest.starterFiles(home.resolve(lab.module()))) {
                SHIPPED.put(starter, Files.readString(starter));
            }
        }
        GitRepository.commitEverything(home);
    }

    static Stream<String> exerciseIds() {
        return CATALOG.allExercises().stream().map(Exercise::id);
    }

    @ParameterizedTest(name = "./labs reset {0}")
    @MethodSource("exerciseIds")
    void putsBackExactlyTheStartersTheExerciseDeclares(String id) throws IOException {
        changeEveryStarter();
        Exercise exercise = CATALOG.exercise(id);
        Set<Path> declared = Set.copyOf(StarterFiles.editedIn(exercise, home.resolve(CATALOG.labOf(exercise).module())));
        assertThat(declared).as("the starter files %s declares", id).isNotEmpty();
        assertThat(SHIPPED.keySet()).as("the starter files of the copy include those %s declares", id)
                .containsAll(declared);

        assertThat(new ResetCommand(CATALOG, new LabsHome(home)).run(new String[] {id}))
                .as("exit code of ./labs reset %s; it printed: %s", id, console.stdout()).isZero();

        for (Map.Entry<Path, String> starter : SHIPPED.entrySet()) {
            Path file = starter.getKey();
            String name = home.relativize(file).toString();
            Path mine = file.resolveSibling(file.getFileName() + ".mine");
            if (declared.contains(file)) {
                assertThat(file).usingCharset(UTF_8).as("%s, which %s declares, put back as shipped", name, id)
                        .hasContent(starter.getValue());
                assertThat(mine).usingCharset(UTF_8).as("the student's version of %s, kept by ./labs reset %s", name, id)
                        .hasContent(starter.getValue() + STUDENT_WORK);
            } else {
                assertThat(file).usingCharset(UTF_8).as("%s is not %s's: the student's work in it stays", name, id)
                        .hasContent(starter.getValue() + STUDENT_WORK);
                assertThat(mine).as("a copy of %s, which ./labs reset %s must not touch", name, id).doesNotExist();
            }
        }
        assertThat(console.stdout()).as("the summary line of ./labs reset %s", id)
                .contains(String.format("%s: %d of %d starter file(s) put back as shipped.", id, declared.size(),
                        declared.size()));
    }

    /** The student has worked on every starter, and no earlier reset left a copy behind. */
    private static void changeEveryStarter() throws IOException {
        for (Map.Entry<Path, String> starter : SHIPPED.entrySet()) {
            Files.writeString(starter.getKey(), starter.getValue() + STUDENT_WORK);
            Files.deleteIfExists(starter.getKey().resolveSibling(starter.getKey().getFileName() + ".mine"));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
