package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .labs/progress.properties}: what is recorded survives a save and a load; a broken file starts over. */
class ProgressTest {

    private static final Exercise FIRST = new Exercise("3.1", "Simple producer", Object.class, "guide#31",
            List.of(), List.of());
    private static final Exercise SECOND = new Exercise("3.2", "Consumer", Object.class, "guide#32",
            List.of(), List.of());

    @TempDir
    Path root;

    @Test
    void whatIsRecordedIsReadBackAndTheFirstPassIsKept() {
        LabsHome home = new LabsHome(root);
        Instant firstPass = Instant.parse("2026-11-28T10:00:00Z");
        Progress progress = Progress.load(home);
        progress.record("3.1", true, firstPass);
        progress.record("3.2", false, firstPass);
        progress.save(System.err);

        Progress reloaded = Progress.load(home);
        reloaded.record("3.1", true, firstPass.plusSeconds(600));
        reloaded.save(System.err);
        Progress again = Progress.load(home);

        assertThat(again.passes("3.1")).as("3.1 passes").isTrue();
        assertThat(again.firstPassed("3.1")).as("a later pass keeps the first one's time").contains(firstPass);
        assertThat(again.lastChecked("3.1")).contains(firstPass.plusSeconds(600));
        assertThat(again.passes("3.2")).as("3.2 failed its last check").isFalse();
        assertThat(again.firstPassed("3.2")).isEmpty();
        assertThat(again.next(List.of(FIRST, SECOND))).as("the next exercise to do").contains(SECOND);
    }

    @Test
    void aLaterFailureIsShownButTheFirstPassIsRemembered() {
        LabsHome home = new LabsHome(root);
        Progress progress = Progress.load(home);
        progress.record("3.1", true, Instant.parse("2026-11-28T10:00:00Z"));
        progress.record("3.1", false, Instant.parse("2026-11-28T11:00:00Z"));
        progress.save(System.err);

        Progress reloaded = Progress.load(home);
        assertThat(reloaded.passes("3.1")).isFalse();
        assertThat(reloaded.firstPassed("3.1")).contains(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(reloaded.next(List.of(FIRST, SECOND))).contains(FIRST);
    }

    @Test
    void aMissingFileIsAnEmptyRecord() {
        Progress progress = Progress.load(new LabsHome(root));

        assertThat(progress.wasUnreadable()).isFalse();
        assertThat(progress.passes("3.1")).isFalse();
        assertThat(progress.next(List.of(FIRST, SECOND))).contains(FIRST);
    }

    @Test
    void anUnreadableFileStartsOverEmptyAndIsRewrittenAtTheNextSave() throws Exception {
        LabsHome home = new LabsHome(root);
        Path file = home.state(Progress.STATE_FILE);
        Files.createDirectories(file.getParent());
        // A broken \\u escape: Properties.load gives up on the whole file.
        Files.writeString(file, "3.1.passes=true\n3.2.passes=\\u00zz\n");

        Progress broken = Progress.load(home);
        assertThat(broken.wasUnreadable()).as("the broken file is noticed").isTrue();
        assertThat(broken.passes("3.1")).as("nothing is trusted from a broken file").isFalse();

        broken.record("3.2", true, Instant.now());
        broken.save(System.err);
        Progress rebuilt = Progress.load(home);
        assertThat(rebuilt.wasUnreadable()).isFalse();
        assertThat(rebuilt.passes("3.2")).isTrue();
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsReportedNotThrown() throws Exception {
        LabsHome home = new LabsHome(root);
        Files.createDirectories(home.state(Progress.STATE_FILE));
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();

        Progress progress = Progress.load(home);
        progress.record("3.1", true, Instant.now());
        progress.save(new PrintStream(warnings, true, StandardCharsets.UTF_8));

        assertThat(progress.wasUnreadable()).isTrue();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("Could not record your progress");
    }
}
