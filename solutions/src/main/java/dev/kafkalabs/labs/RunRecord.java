package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A record {@code ./labs check --mutants} keeps between runs in its run directory (the exercises' times, the
 * check that rejected each mutant), with a CI run's copy kept with the launcher for a run that has none of its
 * own (a fresh clone). Only hints for the order of a run: one that cannot be read or written costs time, never
 * a verdict.
 */
final class RunRecord {

    private RunRecord() {
    }

    /** The lines of {@code file}, else those of the launcher's resource {@code shipped}, else none. */
    static List<String> lines(Path file, String shipped) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            }
            try (InputStream copy = RunRecord.class.getResourceAsStream(shipped)) {
                return copy == null ? List.of() : new String(copy.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Writes {@code text} to {@code file}, whole or not at all (a run reading it meanwhile sees the old record or the
     * new one, never half of one); says on standard error when it cannot ({@code what}: what it holds).
     */
    static void write(Path file, CharSequence text, String what) {
        try {
            Path next = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".next");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Could not keep " + what + " in " + file + ": " + e.getMessage());
        }
    }
}
