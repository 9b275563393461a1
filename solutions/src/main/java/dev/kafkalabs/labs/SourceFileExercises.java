package dev.kafkalabs.labs;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import dev.kafkalabs.support.catalog.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exercises a source file belongs to, for {@code ./labs check|watch|run FILE} (an IDE passes the file
 * open in the editor). Worked out from what the catalogs declare, never from the source text:
 * <ul>
 *   <li>the exercises that edit it: its class (or, for a starter, the solution class it mirrors) is in
 *       {@link Exercise#edits()} - the same declaration {@link StarterFiles} and {@code ./labs reset} use;</li>
 *   <li>the exercise whose program it is ({@link Exercise#solutionMain()}, a runner or a solution main, or
 *       the starter mirror of one);</li>
 *   <li>and the later exercises that run those exercises' code ({@link Exercise#runsCodeOf()}): 8.1's
 *       {@code QueueConsumer} is also what 8.2 to 8.5 run, so a change to it changes their verdicts too.</li>
 * </ul>
 */
final class SourceFileExercises {

    private static final String SOURCES = "src/main/java";
    private static final String CHECKS = "src/test/java";

    private final Catalog catalog;
    private final LabsHome home;

    SourceFileExercises(Catalog catalog, LabsHome home) {
        this.catalog = catalog;
        this.home = home;
    }

    /**
     * True when a command's argument names a file rather than a lab or an exercise id: it ends with
     * {@code .java} or holds a path separator.
     */
    static boolean isFile(String argument) {
        return argument.endsWith(".java") || argument.contains("/") || argument.contains(java.io.File.separator);
    }

    /**
     * The exercises {@code file} belongs to: those that edit it or run it as their program, then those
     * that run their code. A file that is no lab's source, or that no exercise declares, is one
     * message ({@link UnknownNameException}: exit code 2).
     */
    List<Exercise> of(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new UnknownNameException("There is no file " + file + ". Give the path of a starter, a solution or "
                    + "a runner, e.g. lab03-producer-consumer/src/main/java/dev/kafkalabs/lab03/starter/SimpleProducer.java.");
        }
        for (Lab lab : catalog.labs()) {
            if (path.startsWith(home.module(lab.module()).resolve(CHECKS))) {
                throw new UnknownNameException(home.root().relativize(path) + " is a check, not a file you edit: give its "
                        + "exercise id (the one in its @ExerciseCheck) or open the starter it checks.");
            }
            Path sources = home.module(lab.module()).resolve(SOURCES);
            if (path.startsWith(sources) && path.toString().endsWith(".java")) {
                String className = sources.relativize(path).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.java$", "");
                List<Exercise> exercises = of(lab, className);
                if (exercises.isEmpty()) {
                    throw new UnknownNameException(home.root().relativize(path) + " belongs to no exercise: no exercise of "
                            + lab.id() + " edits it or runs it as its program. ./labs list shows the exercises; "
                            + "each guide's table names the files you edit.");
                }
                return exercises;
            }
        }
        throw new UnknownNameException(file + " is not a source file of a lab (LAB/" + SOURCES + "/...java): give a "
                + "starter, a solution or a runner of one, or an exercise id (./labs list shows them).");
    }

    private List<Exercise> of(Lab lab, String className) {
        String asSolution = className.replace("." + Variant.STARTER.packageSegment() + ".",
                "." + Variant.SOLUTION.packageSegment() + ".");
        Set<Exercise> found = new LinkedHashSet<>();
        for (Exercise exercise : lab.exercises()) {
            String main = exercise.solutionMain().getName();
            if (main.equals(className) || main.equals(asSolution)
                    || exercise.edits().stream().anyMatch(edited -> edited.getName().equals(asSolution))) {
                found.add(exercise);
            }
        }
        Set<String> owners = found.stream().map(Exercise::id).collect(Collectors.toSet());
        // The same lab's exercises only: every declared prerequisite is one, and ./labs check runs one module's checks.
        for (Exercise exercise : lab.exercises()) {
            if (exercise.runsCodeOf().stream().anyMatch(owners::contains)) {
                found.add(exercise);
            }
        }
        return List.copyOf(found);
    }
}
