package dev.kafkalabs.labs;

import dev.kafkalabs.support.Todo;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.junit.CheckResult;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns check results into one line per exercise: ✓ all its checks passed, ✗ one failed (and why). */
final class Summary {

    private static final int MAX_MESSAGE = 400;

    private final List<Exercise> exercises;
    private final List<CheckResult> results;
    /** Finds an exercise by id: the one whose code failed may be an earlier one this exercise runs. */
    private final Function<String, Exercise> exerciseById;

    Summary(List<Exercise> exercises, List<CheckResult> results, Function<String, Exercise> exerciseById) {
        this.exerciseById = exerciseById;
        this.exercises = exercises;
        this.results = results;
    }

    void print(PrintStream out) {
        out.println();
        for (Exercise exercise : exercises) {
            List<CheckResult> checks = checksOf(exercise);
            long passed = checks.stream().filter(CheckResult::passed).count();
            if (checks.isEmpty()) {
                out.printf("? %-5s %s - no checks ran%n", exercise.id(), exercise.title());
            } else if (passes(exercise)) {
                out.printf("✓ %-5s %s (%d checks)%n", exercise.id(), exercise.title(), passed);
            } else {
                out.printf("✗ %-5s %s (%d of %d checks pass)%n", exercise.id(), exercise.title(), passed, checks.size());
                Optional<CheckResult> failure = firstFailure(exercise);
                Exercise todo = failure.flatMap(first -> earlierTodo(exercise, first.message())).orElse(exercise);
                failure.ifPresent(first -> out.printf("        %s: %s%n", first.checkName(),
                        headline(todo, first.message())));
                if (todo != exercise) {
                    out.printf("        %s runs %s's code, which is not done yet: do %s first%n", exercise.id(),
                            todo.id(), todo.id());
                }
                out.printf("        read: %s%n", todo.guideSection());
                out.printf("        hint: ./labs hint %s%n", todo.id());
            }
        }
        long passing = exercises.stream().filter(this::passes).count();
        out.printf("%n%d of %d exercises pass.%n", passing, exercises.size());
    }

    /** Records, for each exercise whose checks ran, whether it passes now. */
    void record(Progress progress, Instant when) {
        exercises.stream().filter(exercise -> !checksOf(exercise).isEmpty())
                .forEach(exercise -> progress.record(exercise.id(), passes(exercise), when));
    }

    boolean allPass() {
        return exercises.stream().allMatch(this::passes);
    }

    /** For CI: true when every exercise has checks and at least one of them failed; says which did not. */
    boolean everyExerciseFails(PrintStream out) {
        List<Exercise> notFailing = exercises.stream()
                .filter(exercise -> checksOf(exercise).isEmpty() || passes(exercise))
                .toList();
        if (notFailing.isEmpty()) {
            out.printf("OK: all %d untouched starters fail their checks.%n", exercises.size());
            return true;
        }
        notFailing.forEach(exercise -> out.printf("DEFECT: %s %s %s on the untouched starter.%n", exercise.id(),
                exercise.title(), checksOf(exercise).isEmpty() ? "has no checks" : "passes its checks"));
        return false;
    }

    boolean passes(Exercise exercise) {
        List<CheckResult> checks = checksOf(exercise);
        return !checks.isEmpty() && checks.stream().allMatch(check -> check.passed() || check.skipped())
                && checks.stream().anyMatch(CheckResult::passed);
    }

    private List<CheckResult> checksOf(Exercise exercise) {
        return results.stream().filter(result -> result.exerciseId().equals(exercise.id())).toList();
    }

    private Optional<CheckResult> firstFailure(Exercise exercise) {
        return checksOf(exercise).stream().filter(check -> !check.passed() && !check.skipped()).findFirst();
    }

    /** The earlier exercise whose starter's "Lab X.Y:" TODO the failure reports, if {@code exercise} runs its code. */
    private Optional<Exercise> earlierTodo(Exercise exercise, String message) {
        return exercise.runsCodeOf().stream().filter(id -> message.contains(Todo.marker(id))).findFirst()
                .map(exerciseById);
    }

    /**
     * The starter's "Lab X.Y: ..." line when the message has one, else the whole message on one line: an
     * assertion's expected and actual values come on the lines after its description, a cause after its
     * effect, and the ✗ line must show them.
     */
    private static String headline(Exercise exercise, String message) {
        List<String> lines = Arrays.asList(message.split("\n"));
        String marker = Todo.marker(exercise.id());
        String chosen = lines.stream()
                .filter(line -> line.contains(marker))
                .findFirst()
                .map(line -> line.substring(line.indexOf(marker)))
                .orElse(lines.stream().map(String::strip).filter(line -> !line.isEmpty())
                        .collect(Collectors.joining(" ")));
        return chosen.length() > MAX_MESSAGE ? chosen.substring(0, MAX_MESSAGE) + " ..." : chosen;
    }
}
