package dev.kafkalabs.labs;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which starter files belong to an exercise, for {@code ./labs reset}. The rule: the starter mirror of
 * every solution class that the exercise names - its program in the catalog (when that is a solution
 * class, not a shared runner) and every {@code ...solution.ClassName} that its check classes (the test
 * sources annotated {@code @ExerciseCheck("ID")}) import or mention - when that starter file exists.
 * These are exactly the classes the checks resolve to the starter through {@link Variant}.
 */
final class ExerciseFiles {

    private static final String SOLUTION = "." + Variant.SOLUTION.packageSegment() + ".";
    private static final Pattern SOLUTION_CLASS = Pattern.compile("\\b([a-z][\\w.]*)\\.solution\\.([A-Z]\\w*)");

    private ExerciseFiles() {
    }

    /** The exercise's starter files in {@code moduleDir}, in a stable order. */
    static List<Path> startersOf(Exercise exercise, Path moduleDir) {
        Set<String> solutionClasses = new LinkedHashSet<>();
        if (exercise.solutionMain().getName().contains(SOLUTION)) {
            solutionClasses.add(exercise.solutionMain().getName());
        }
        for (Path check : checkSourcesOf(exercise.id(), moduleDir.resolve("src/test/java"))) {
            Matcher matcher = SOLUTION_CLASS.matcher(read(check));
            while (matcher.find()) {
                solutionClasses.add(matcher.group(1) + SOLUTION + matcher.group(2));
            }
        }
        List<Path> starters = new ArrayList<>();
        for (String solutionClass : solutionClasses) {
            String starterClass = solutionClass.replace(SOLUTION, "." + Variant.STARTER.packageSegment() + ".");
            Path file = moduleDir.resolve("src/main/java").resolve(starterClass.replace('.', '/') + ".java");
            if (Files.isRegularFile(file) && !starters.contains(file)) {
                starters.add(file);
            }
        }
        return starters;
    }

    /** The test sources that declare themselves checks of the exercise. */
    private static List<Path> checkSourcesOf(String exerciseId, Path testSources) {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        String marker = "@ExerciseCheck(\"" + exerciseId + "\")";
        try (Stream<Path> files = Files.walk(testSources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains(marker))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checks in " + testSources, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
