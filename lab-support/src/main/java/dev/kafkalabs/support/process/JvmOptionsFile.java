package dev.kafkalabs.support.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options a lab module needs in every JVM that runs its code, kept in the module's
 * {@code jvm.options}: one option per line, {@code #} starts a comment. Spark (lab 11), for one, needs
 * JDK internals opened. {@code ./labs} gives them to the JVMs it starts; Maven's test JVMs get them from
 * the module's {@code <argLine>}.
 */
public final class JvmOptionsFile {

    public static final String FILE = "jvm.options";

    private JvmOptionsFile() {
    }

    /** The options in {@code moduleDir/jvm.options}; none when there is no such file. */
    public static List<String> read(Path moduleDir) {
        Path file = moduleDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
