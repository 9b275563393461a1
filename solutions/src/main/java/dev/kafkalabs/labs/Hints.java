package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lab's {@code HINTS.md}: a {@code ## } heading whose first word is an exercise id starts that
 * exercise's hints, and each {@code ### } heading starts one hint (concept first, near-code last).
 */
final class Hints {

    record Hint(String title, String body) {
    }

    private final Map<String, List<Hint>> byExercise;

    private Hints(Map<String, List<Hint>> byExercise) {
        this.byExercise = byExercise;
    }

    static Hints read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Hints(Map.of());
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Hints parse(List<String> lines) {
        Map<String, List<Hint>> byExercise = new LinkedHashMap<>();
        List<Hint> current = null;
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            boolean exercise = line.startsWith("## ");
            boolean hint = line.startsWith("### ");
            if ((exercise || hint) && title != null) {
                current.add(new Hint(title, body.toString().strip()));
                title = null;
            }
            if (exercise) {
                String id = line.substring(3).strip().split("\\s+")[0];
                current = byExercise.computeIfAbsent(id, key -> new ArrayList<>());
            } else if (hint && current != null) {
                title = line.substring(4).strip();
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            current.add(new Hint(title, body.toString().strip()));
        }
        return new Hints(byExercise);
    }

    List<Hint> of(String exerciseId) {
        return byExercise.getOrDefault(exerciseId, List.of());
    }
}
