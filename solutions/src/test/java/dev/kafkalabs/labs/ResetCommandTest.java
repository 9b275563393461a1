package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./labs reset ID} in a temporary git repository holding the fixture lab. */
class ResetCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void theStarterComesBackAndEveryVersionOfTheStudentsIsKept() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, false);
        GitRepository.commitEverything(home);
        Path starter = lab.starter("Greeting");
        String shipped = Files.readString(starter);
        Files.writeString(lab.starter("Farewell"), "work on 9.2");

        Files.writeString(starter, "my first attempt");
        assertThat(reset("9.1")).as("exit code of ./labs reset 9.1").isZero();
        Files.writeString(starter, "my second attempt");
        assertThat(reset("9.1")).isZero();

        assertThat(Files.readString(starter)).as("the starter as shipped").isEqualTo(shipped);
        assertThat(Files.readString(starter.resolveSibling("Greeting.java.mine"))).isEqualTo("my first attempt");
        assertThat(Files.readString(starter.resolveSibling("Greeting.java.mine.1"))).isEqualTo("my second attempt");
        assertThat(Files.readString(lab.starter("Farewell"))).as("another exercise's starter is not touched")
                .isEqualTo("work on 9.2");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "your version: lab99-fixture/src/main/java/dev/kafkalabs/fixture/starter/Greeting.java.mine",
                "restored:     lab99-fixture/src/main/java/dev/kafkalabs/fixture/starter/Greeting.java",
                "9.1: 1 of 1 starter file(s) put back as shipped.");

        assertThat(reset("9.1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("a reset with nothing to do says so")
                .contains("Greeting.java is already as shipped.", "9.1: 0 of 1");
    }

    @Test
    void theFilesOfAnExerciseAreTheStarterMirrorsOfTheClassesItDeclares() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, false);

        assertThat(StarterFiles.editedIn(lab.exercises().get(1), lab.moduleDir()))
                .as("9.2 declares the solution's Farewell").containsExactly(lab.starter("Farewell"));
    }

    @Test
    void aDeletedStarterComesBack() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, false);
        GitRepository.commitEverything(home);
        Path starter = lab.starter("Greeting");
        String shipped = Files.readString(starter);
        Files.delete(starter);

        assertThat(reset("9.1")).as("exit code of ./labs reset 9.1").isZero();

        assertThat(starter).as("the deleted starter, put back").hasContent(shipped);
        assertThat(starter.resolveSibling("Greeting.java.mine")).as("no copy of a file that was not there")
                .doesNotExist();
    }

    @Test
    void outsideAGitCheckoutItSaysSoInOneLineAndExits1() throws Exception {
        FixtureLab lab = FixtureLab.copyInto(home, false);
        Path starter = lab.starter("Greeting");
        Files.writeString(starter, "my attempt");

        assertThat(reset("9.1")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).as("one line").doesNotContain("\n")
                .contains("is not a git checkout");
        assertThat(Files.readString(starter)).as("nothing changed").isEqualTo("my attempt");
    }

    @Test
    void anUnknownExerciseIsOneLineAndExit2() {
        assertThat(Labs.run(new String[] {"reset", "9.9"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
                "There is no exercise '9.9'. ./labs list shows them all.");
    }

    private int reset(String id) {
        return new ResetCommand(FixtureLab.at(home).catalog(), new LabsHome(home)).run(new String[] {id});
    }
}
