package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A directory made a git repository with one commit: the "as shipped" state {@code ./labs reset} restores. */
final class GitRepository {

    private GitRepository() {
    }

    /** {@code git init} in {@code directory}, then a commit of everything in it. */
    static void commitEverything(Path directory) throws IOException, InterruptedException {
        git(directory, "init", "-q");
        git(directory, "add", ".");
        git(directory, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "the workbook");
    }

    private static void git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
    }
}
