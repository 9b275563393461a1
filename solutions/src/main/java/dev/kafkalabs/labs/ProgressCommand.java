package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.cli.UsageException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code ./labs progress}: per lab, which exercises pass (as of their last check), when each first
 * passed, and the next exercise to do. Reads {@code .labs/progress.properties} ({@link Progress}).
 */
final class ProgressCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Catalog catalog;
    private final LabsHome home;

    ProgressCommand(Catalog catalog, LabsHome home) {
        this.catalog = catalog;
        this.home = home;
    }

    int run(String[] args) {
        if (args.length > 0) {
            throw new UsageException("./labs progress takes no arguments.");
        }
        Progress progress = Progress.load(home);
        if (progress.wasUnreadable()) {
            System.out.printf("(%s could not be read: starting again from an empty record.)%n%n",
                    home.root().relativize(home.state(Progress.STATE_FILE)));
            progress.save(System.err);
        }
        long passing = 0;
        for (Lab lab : catalog.labs()) {
            long labPassing = lab.exercises().stream().filter(exercise -> progress.passes(exercise.id())).count();
            passing += labPassing;
            System.out.printf("%s  %s  (%d of %d pass)%n", lab.id(), lab.title(), labPassing, lab.exercises().size());
            for (Exercise exercise : lab.exercises()) {
                System.out.printf("  %s %-5s %-45s %s%n", mark(progress, exercise), exercise.id(), exercise.title(),
                        state(progress, exercise));
            }
        }
        int total = catalog.allExercises().size();
        System.out.printf("%n%d of %d exercises pass.%n", passing, total);
        Optional<Exercise> next = progress.next(catalog.allExercises());
        if (next.isPresent()) {
            System.out.printf("Next: %s %s - ./labs watch %s (guide: %s)%n", next.get().id(), next.get().title(),
                    next.get().id(), next.get().guideSection());
        } else {
            System.out.println("Every exercise passes. Well done!");
        }
        return 0;
    }

    /** ✓ passes, ✗ checked and not passing (now), · not checked yet. */
    static String mark(Progress progress, Exercise exercise) {
        if (progress.passes(exercise.id())) {
            return "✓";
        }
        return progress.lastChecked(exercise.id()).isPresent() ? "✗" : "·";
    }

    private static String state(Progress progress, Exercise exercise) {
        Optional<Instant> first = progress.firstPassed(exercise.id());
        Optional<Instant> checked = progress.lastChecked(exercise.id());
        if (progress.passes(exercise.id())) {
            return "first passed " + first.map(WHEN::format).orElse("(unknown)");
        }
        if (checked.isEmpty()) {
            return "not checked yet";
        }
        String failing = "not passing at " + WHEN.format(checked.get());
        return first.map(when -> failing + " (passed once, " + WHEN.format(when) + ")").orElse(failing);
    }
}
