package dev.kafkalabs.labs;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import dev.kafkalabs.support.cli.UsageException;
import java.util.List;

/**
 * {@code ./labs list}: every exercise, grouped by lab; ✓ marks those whose checks passed last time, and
 * "(runs code of 8.1)" the earlier exercises whose code an exercise runs, to do first.
 */
final class ListCommand {

    private final Catalog catalog;
    private final LabsHome home;

    ListCommand(Catalog catalog) {
        this(catalog, LabsHome.current());
    }

    ListCommand(Catalog catalog, LabsHome home) {
        this.catalog = catalog;
        this.home = home;
    }

    int run(String[] args) {
        if (args.length > 0) {
            throw new UsageException("./labs list takes no arguments.");
        }
        Progress progress = Progress.load(home);
        for (Lab lab : catalog.labs()) {
            System.out.printf("%s  %s  (%s)%n", lab.id(), lab.title(), lab.module());
            for (Exercise exercise : lab.exercises()) {
                System.out.printf("%s %-6s %s%s%n", progress.passes(exercise.id()) ? "✓" : " ", exercise.id(),
                        exercise.title(), prerequisites(exercise));
            }
        }
        // The examples name the first exercise not passing yet: the one to do next.
        List<Exercise> all = catalog.allExercises();
        String next = progress.next(all).or(() -> all.stream().findFirst()).map(Exercise::id).orElse("ID");
        System.out.println();
        System.out.printf("✓ = your code passes its checks (./labs progress). Start: ./labs watch      "
                + "Run one: ./labs run %s [--starter]      Check: ./labs check %s%n", next, next);
        return 0;
    }

    /** " (runs code of 8.1, 8.2)": with {@code --starter}, the program runs the student's code of those. */
    private static String prerequisites(Exercise exercise) {
        return exercise.runsCodeOf().isEmpty() ? "" : " (runs code of " + String.join(", ", exercise.runsCodeOf()) + ")";
    }
}
