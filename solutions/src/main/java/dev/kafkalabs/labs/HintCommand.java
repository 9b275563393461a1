package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code ./labs hint ID [--all]}: the next hint of an exercise, one at a time (the idea, then what to
 * look up, then nearly the code), remembering in {@code .labs/hints.properties} how many were shown.
 */
final class HintCommand {

    static final String STATE_FILE = "hints.properties";

    private final Catalog catalog;
    private final LabsHome home;

    HintCommand(Catalog catalog, LabsHome home) {
        this.catalog = catalog;
        this.home = home;
    }

    int run(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean all = false;
        for (String arg : args) {
            if (arg.equals("--all")) {
                all = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("Unknown option '" + arg + "' for ./labs hint.");
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 1) {
            throw new UsageException("./labs hint needs exactly one exercise id, e.g. ./labs hint 3.1 (--all: every hint).");
        }
        Exercise exercise = catalog.exercise(positional.get(0));
        Lab lab = catalog.labOf(exercise);
        Path file = home.module(lab.module()).resolve("HINTS.md");
        List<Hints.Hint> hints = Hints.read(file).of(exercise.id());
        if (hints.isEmpty()) {
            System.out.printf("There are no hints for %s yet. Read the guide: %s%n", exercise.id(), exercise.guideSection());
            return 0;
        }
        if (all) {
            for (int i = 0; i < hints.size(); i++) {
                print(exercise, hints, i);
            }
            remember(exercise.id(), hints.size());
            return 0;
        }
        int shown = Math.min(shownSoFar(exercise.id()), hints.size() - 1);
        print(exercise, hints, shown);
        int left = hints.size() - shown - 1;
        if (left > 0) {
            System.out.printf("(%d more: run ./labs hint %s again for the next one.)%n", left, exercise.id());
        } else {
            System.out.printf("(That was the last hint. The guide: %s)%n", exercise.guideSection());
        }
        remember(exercise.id(), shown + 1);
        return 0;
    }

    private static void print(Exercise exercise, List<Hints.Hint> hints, int index) {
        Hints.Hint hint = hints.get(index);
        System.out.printf("Hint %d of %d for %s %s - %s%n%n%s%n%n", index + 1, hints.size(), exercise.id(),
                exercise.title(), hint.title().replaceFirst("^Hint \\d+:?\\s*", ""), hint.body());
    }

    private int shownSoFar(String exerciseId) {
        try {
            return Integer.parseInt(state().getProperty(exerciseId, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void remember(String exerciseId, int shown) {
        Properties state = state();
        state.setProperty(exerciseId, String.valueOf(shown));
        Path file = home.state(STATE_FILE);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                state.store(out, "Hints shown per exercise (./labs hint); delete to start over");
            }
        } catch (IOException e) {
            System.err.println("(Could not remember the hint in " + file + ": " + e.getMessage() + ")");
        }
    }

    /** What was shown so far; an unreadable or missing file counts as nothing shown. */
    private Properties state() {
        Properties state = new Properties();
        Path file = home.state(STATE_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return state;
    }
}
