package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
        int exit = Maven.run(home, command, log);
        if (exit == 0) {
            // The dependency plugin leaves an unchanged file as it was: mark it as built now.
            modules.forEach(module -> touch(home.resolve(module).resolve(CLASSPATH_FILE)));
        }
        return exit;
    }

    /**
     * True when the module's test class path file was built after every pom, every test source of the
     * module and every main source of lab-support changed: then nothing but the module's main sources
     * (which {@link SourceCompiler} handles) can be out of date, and Maven need not run.
     */
    boolean isFresh(String module) {
        Path file = home.resolve(module).resolve(CLASSPATH_FILE);
        Path moduleDir = home.resolve(module);
        if (!Files.isRegularFile(file) || !Files.isDirectory(moduleDir.resolve("target/test-classes"))
                || !Files.isDirectory(moduleDir.resolve("target/classes"))) {
            return false;
        }
        return !Staleness.isOutOfDate(file, List.of(home.resolve("pom.xml"), home.resolve("lab-support/pom.xml"),
                moduleDir.resolve("pom.xml"), moduleDir.resolve("src/test"), home.resolve("lab-support/src/main")));
    }

    private static void touch(Path file) {
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
        } catch (IOException e) {
            // Only costs a Maven run next time.
        }
    }

    /** The module's test-scope dependencies alone (lab-support and the libraries), for the compiler. */
    String dependenciesOf(String module) {
        try {
            return Files.readString(home.resolve(module).resolve(CLASSPATH_FILE)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("No test class path for " + module + " (was it built?)", e);
        }
    }

    /** The module's test classes, main classes and test-scope dependencies, for {@code java -cp}. */
    String of(String module) {
        Path moduleDir = home.resolve(module);
        List<String> entries = new ArrayList<>();
        entries.add(moduleDir.resolve("target/test-classes").toString());
        entries.add(moduleDir.resolve("target/classes").toString());
        entries.add(dependenciesOf(module));
        return String.join(java.io.File.pathSeparator, entries);
    }
}
