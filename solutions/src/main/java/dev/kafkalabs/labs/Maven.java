package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Maven wrapper, as {@code ./labs} uses it: only to build (a lab module's checks and test class path,
 * {@link TestClassPaths}); the checks themselves run in a {@link CheckJvm}.
 */
final class Maven {

    private Maven() {
    }

    /** Runs a Maven wrapper command in {@code home} with its output in {@code log}; returns its exit code. */
    static int run(Path home, List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process maven = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return maven.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + home.resolve("mvnw"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The compiler's and Maven's error lines from a log, for when nothing ran. */
    static String errorsOf(Path log) {
        try {
            List<String> errors = Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("[ERROR]"))
                    .limit(25)
                    .toList();
            return errors.isEmpty() ? "(no [ERROR] lines)" : errors.stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
