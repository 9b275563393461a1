package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles lab modules' main and test code with the Maven wrapper and gives each module's test class
 * path, so that their checks can run in one JVM ({@code CheckRunner}) instead of through Maven's verify.
 */
final class TestClassPaths {

    static final String CLASSPATH_FILE = "target/labs-test.classpath";

    private final Path home;

    TestClassPaths(Path home) {
        this.home = home;
    }

    /** Compiles the modules (and what they depend on); returns Maven's exit code, its output in {@code log}. */
    int build(List<String> modules, Path log) {
        List<String> command = List.of(home.resolve("mvnw").toString(), "-B", "-q", "-pl", String.join(",", modules),
                "-am", "test-compile", "dependency:build-classpath",
                "-DincludeScope=test", "-Dmdep.outputFile=" + CLASSPATH_FILE);
        return MavenChecks.run(home, command, log);
    }

    /** The module's test classes, main classes and test-scope dependencies, for {@code java -cp}. */
    String of(String module) {
        Path moduleDir = home.resolve(module);
        List<String> entries = new ArrayList<>();
        entries.add(moduleDir.resolve("target/test-classes").toString());
        entries.add(moduleDir.resolve("target/classes").toString());
        try {
            entries.add(Files.readString(moduleDir.resolve(CLASSPATH_FILE)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No test class path for " + module + " (was it built?)", e);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
