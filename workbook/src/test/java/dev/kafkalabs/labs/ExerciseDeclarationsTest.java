package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every exercise of the real catalog declares - the classes the student edits, the earlier exercises
 * whose code it runs - points at something real: {@code ./labs reset} and {@code ./labs list} trust it.
 */
class ExerciseDeclarationsTest {

    private final Catalog catalog = Catalog.load();
    private final Path root = WorkbookTree.root();

    @Test
    void everyExerciseEditsSolutionClassesWhoseStarterFilesExist() {
        List<String> problems = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            for (Exercise exercise : lab.exercises()) {
                if (exercise.edits().isEmpty()) {
                    problems.add(exercise.id() + " declares no class that the student edits");
                }
                for (Class<?> edited : exercise.edits()) {
                    if (!edited.getPackageName().endsWith("." + Variant.SOLUTION.packageSegment())) {
                        problems.add(exercise.id() + " declares " + edited.getName() + ", which is not a solution class");
                    }
                    Path starter = StarterFiles.mirrorOf(edited, root.resolve(lab.module()));
                    if (!Files.isRegularFile(starter)) {
                        problems.add(exercise.id() + " declares " + edited.getSimpleName() + ", but its starter "
                                + root.relativize(starter) + " does not exist");
                    }
                }
            }
        }
        assertThat(problems).as("declared edited classes without a starter to edit").isEmpty();
    }

    @Test
    void everyStarterFileIsEditedBySomeExercise() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            Path module = root.resolve(lab.module());
            Set<Path> declared = new HashSet<>();
            lab.exercises().forEach(exercise -> declared.addAll(StarterFiles.editedIn(exercise, module)));
            for (Path starter : starterFiles(module)) {
                if (!declared.contains(starter)) {
                    undeclared.add(root.relativize(starter).toString());
                }
            }
        }
        assertThat(undeclared).as("starter files that no exercise of the catalog declares (./labs reset would "
                + "never put them back): add their solution class to the exercise's edits").isEmpty();
    }

    @Test
    void everyExerciseRunsOnlyCodeOfEarlierExercises() {
        List<String> earlier = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Exercise exercise : catalog.allExercises()) {
            for (String prerequisite : exercise.runsCodeOf()) {
                if (!earlier.contains(prerequisite)) {
                    problems.add(exercise.id() + " runs code of " + prerequisite + ", which is not an exercise before it");
                }
            }
            earlier.add(exercise.id());
        }
        assertThat(problems).as("prerequisites that do not exist or do not come first in the catalog").isEmpty();
    }

    /** Every {@code .java} file in a {@code starter} package of the module's main sources. */
    static List<Path> starterFiles(Path module) throws IOException {
        String starterPackage = module.getFileSystem().getSeparator() + Variant.STARTER.packageSegment();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.getParent().toString().endsWith(starterPackage))
                    .sorted()
                    .toList();
        }
    }
}
