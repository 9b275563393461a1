package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.junit.StdoutCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HintsTest {

    private static final List<String> FILE = List.of(
            "# Lab 3 hints", "", "Intro text.", "",
            "## 3.1 Simple producer", "",
            "### Hint 1: the idea", "A record has a key.", "",
            "### Hint 2: what to look up", "ProducerRecord.", "",
            "## 3.2 Poll loop", "### Hint 1: the idea", "Wake it up.");

    @Test
    void hintsAreGroupedByExerciseInOrder() {
        Hints hints = Hints.parse(FILE);
        assertThat(hints.of("3.1")).extracting(Hints.Hint::title).containsExactly("Hint 1: the idea", "Hint 2: what to look up");
        assertThat(hints.of("3.1").get(0).body()).isEqualTo("A record has a key.");
        assertThat(hints.of("3.2")).hasSize(1);
        assertThat(hints.of("9.9")).isEmpty();
    }

    @Test
    void eachCallShowsTheNextHintAndRemembersIt(@TempDir Path home) throws Exception {
        Path module = home.resolve("lab03-producer-consumer");
        Files.createDirectories(module);
        Files.write(module.resolve("HINTS.md"), FILE);
        HintCommand command = new HintCommand(Catalog.load(), new LabsHome(home));

        assertThat(output(() -> command.run(new String[] {"3.1"}))).contains("Hint 1 of 2", "A record has a key.", "1 more");
        assertThat(output(() -> command.run(new String[] {"3.1"}))).contains("Hint 2 of 2", "ProducerRecord.", "last hint");
        assertThat(output(() -> command.run(new String[] {"3.1"}))).contains("Hint 2 of 2");
        assertThat(home.resolve(".labs/hints.properties")).content().contains("3.1=2");
    }

    @Test
    void anUnreadableStateFileCountsAsNothingShown(@TempDir Path home) throws Exception {
        Path module = home.resolve("lab03-producer-consumer");
        Files.createDirectories(module);
        Files.write(module.resolve("HINTS.md"), FILE);
        Files.createDirectories(home.resolve(".labs"));
        Files.writeString(home.resolve(".labs/hints.properties"), "3.1=\\u00zz garbage");
        HintCommand command = new HintCommand(Catalog.load(), new LabsHome(home));

        assertThat(output(() -> command.run(new String[] {"3.1"}))).contains("Hint 1 of 2");
    }

    private static String output(StdoutCapture.Action action) throws Exception {
        return StdoutCapture.of(action);
    }
}
