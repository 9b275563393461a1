package dev.kafkalabs.labs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every lab has the same packages, so that a student who has found their way in one lab knows where to look
 * in the next: {@code starter} (what the student edits) and {@code solution} (its finished mirror, file for
 * file), {@code demo} (every program: runners, demos, drills, benchmarks - each class with a {@code main}),
 * and at the lab's root its catalog and the types these share. Fails, naming the file, when a lab departs.
 */
class LabLayoutTest {

    static final Set<String> PACKAGES = Set.of("starter", "solution", "demo");
    private static final Pattern MAIN = Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\(");

    private final Catalog catalog = Catalog.load();
    private final Path root = WorkbookTree.root();

    @Test
    void everyLabHasTheStarterSolutionAndDemoPackagesAndNoOther() {
        List<String> problems = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            Path labPackage = labPackage(lab);
            Set<String> packages = subdirectories(labPackage);
            for (String expected : PACKAGES) {
                if (!packages.contains(expected)) {
                    problems.add(lab.module() + ": no " + expected + "/ package in " + root.relativize(labPackage));
                }
            }
            packages.stream().filter(name -> !PACKAGES.contains(name)).forEach(name -> problems.add(lab.module()
                    + ": package " + name + "/ is none of " + new TreeSet<>(PACKAGES) + " (programs go to demo/)"));
        }
        assertThat(problems).as("lab packages").isEmpty();
    }

    @Test
    void starterAndSolutionHoldTheSameFiles() {
        List<String> problems = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            Set<String> starters = fileNames(labPackage(lab).resolve("starter"));
            Set<String> solutions = fileNames(labPackage(lab).resolve("solution"));
            if (!starters.equals(solutions)) {
                Set<String> onlyStarter = new TreeSet<>(starters);
                onlyStarter.removeAll(solutions);
                Set<String> onlySolution = new TreeSet<>(solutions);
                onlySolution.removeAll(starters);
                problems.add(lab.module() + ": starter/ alone has " + onlyStarter + ", solution/ alone has " + onlySolution);
            }
        }
        assertThat(problems).as("starter and solution mirror each other").isEmpty();
    }

    @Test
    void everyProgramIsInTheDemoPackage() {
        List<String> problems = new ArrayList<>();
        for (Lab lab : catalog.labs()) {
            Path labPackage = labPackage(lab);
            try (Stream<Path> files = Files.walk(labPackage)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !file.getParent().equals(labPackage.resolve("demo")))
                        .filter(LabLayoutTest::declaresMain)
                        .forEach(file -> problems.add(root.relativize(file) + " has a main method: programs go to "
                                + root.relativize(labPackage.resolve("demo"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Exercise exercise : lab.exercises()) {
                String expected = packageName(lab) + ".demo";
                if (!exercise.solutionMain().getPackageName().equals(expected)) {
                    problems.add(exercise.id() + "'s program " + exercise.solutionMain().getName() + " is not in " + expected);
                }
            }
        }
        assertThat(problems).as("programs outside demo/").isEmpty();
    }

    /** The lab's package directory, from its catalog class: {@code dev.kafkalabs.lab03.Lab03} gives {@code .../lab03}. */
    private Path labPackage(Lab lab) {
        Path directory = root.resolve(lab.module()).resolve("src/main/java").resolve(packageName(lab).replace('.', '/'));
        assertThat(directory).as("the package of %s's catalog", lab.module()).isDirectory();
        return directory;
    }

    private static String packageName(Lab lab) {
        return lab.getClass().getPackageName();
    }

    private static Set<String> subdirectories(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fileNames(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean declaresMain(Path file) {
        try {
            return MAIN.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
