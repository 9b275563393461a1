package dev.kafkalabs.labs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one rule by which {@code ./labs} decides that something it built must be built again: an output is out of
 * date when it is missing, or when one of its inputs (a file, or any file under a directory) was modified after
 * it. It decides for a lab's checks and test class path ({@link TestClassPaths}), a student's compiled class
 * ({@link SourceCompiler}) and the checks' class-data archive ({@link ClassDataArchive}); the {@code labs} script
 * applies the same rule ({@code find -newer}) to the launcher's own build, before any Java runs.
 */
final class Staleness {

    private Staleness() {
    }

    /** True when {@code output} is missing or an input was modified after it; an input that does not exist does not count. */
    static boolean isOutOfDate(Path output, List<Path> inputs) {
        try {
            if (!Files.exists(output)) {
                return true;
            }
            FileTime built = Files.getLastModifiedTime(output);
            for (Path input : inputs) {
                if (modifiedAfter(input, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // Cannot tell: building again costs time, not correctness.
            return true;
        }
    }

    private static boolean modifiedAfter(Path input, FileTime built) throws IOException {
        if (Files.isRegularFile(input)) {
            return Files.getLastModifiedTime(input).compareTo(built) > 0;
        }
        if (!Files.isDirectory(input)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.anyMatch(file -> {
                try {
                    return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(built) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}
