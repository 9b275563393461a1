package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a student has done, kept in the git-ignored {@code .labs/progress.properties}: per exercise,
 * whether its checks passed the last time they ran ({@code 3.1.passes}), when that was
 * ({@code 3.1.checked}) and when they first passed ({@code 3.1.first-passed}). Every {@code ./labs check}
 * and {@code ./labs watch} records here; {@code ./labs progress} and {@code ./labs list} read it.
 * A missing or unreadable file counts as nothing done yet (and is rewritten at the next record).
 */
final class Progress {

    static final String STATE_FILE = "progress.properties";

    private final Path file;
    private final Properties state;
    private final boolean unreadable;

    private Progress(Path file, Properties state, boolean unreadable) {
        this.file = file;
        this.state = state;
        this.unreadable = unreadable;
    }

    static Progress load(LabsHome home) {
        Path file = home.state(STATE_FILE);
        Properties state = new Properties();
        if (!Files.exists(file)) {
            return new Progress(file, state, false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            state.load(in);
            return new Progress(file, state, false);
        } catch (IOException | IllegalArgumentException e) {
            return new Progress(file, new Properties(), true);
        }
    }

    /** True when the file existed but could not be read; it starts over empty. */
    boolean wasUnreadable() {
        return unreadable;
    }

    boolean passes(String exerciseId) {
        return Boolean.parseBoolean(state.getProperty(exerciseId + ".passes"));
    }

    Optional<Instant> firstPassed(String exerciseId) {
        return instant(exerciseId + ".first-passed");
    }

    Optional<Instant> lastChecked(String exerciseId) {
        return instant(exerciseId + ".checked");
    }

    /** The first exercise, in catalog order, that does not pass yet. */
    Optional<Exercise> next(List<Exercise> inOrder) {
        return inOrder.stream().filter(exercise -> !passes(exercise.id())).findFirst();
    }

    /** Records one exercise's outcome at {@code when} and saves the file. */
    void record(String exerciseId, boolean passes, Instant when) {
        state.setProperty(exerciseId + ".passes", String.valueOf(passes));
        state.setProperty(exerciseId + ".checked", when.toString());
        if (passes && firstPassed(exerciseId).isEmpty()) {
            state.setProperty(exerciseId + ".first-passed", when.toString());
        }
    }

    /** The exercise's code was put back as shipped: it no longer passes (when it first passed is kept). */
    void forget(String exerciseId) {
        state.setProperty(exerciseId + ".passes", "false");
        state.remove(exerciseId + ".checked");
    }

    /** Writes the file (through a temporary file, so that an interrupted save never leaves half a file). */
    void save(PrintStream warnings) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                state.store(out, "Exercises checked (./labs check, ./labs watch); delete to start over");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            warnings.println("(Could not record your progress in " + file + ": " + e.getMessage() + ")");
        }
    }

    private Optional<Instant> instant(String key) {
        String value = state.getProperty(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
