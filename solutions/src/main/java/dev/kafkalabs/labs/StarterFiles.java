package dev.kafkalabs.labs;

import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.catalog.Exercise;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the starter files an exercise's student edits are: the starter mirror of each solution class the
 * exercise declares ({@link Exercise#edits()}), beside it in the lab's sources. Declared, not guessed: a
 * program or a check also names classes of other exercises, which are not this exercise's to reset.
 */
final class StarterFiles {

    private StarterFiles() {
    }

    /** The starter files of {@code exercise} in its lab module {@code moduleDir}, in declaration order. */
    static List<Path> editedIn(Exercise exercise, Path moduleDir) {
        return exercise.edits().stream().map(solutionClass -> mirrorOf(solutionClass, moduleDir)).toList();
    }

    /** {@code .../labNN/solution/Name.class} to {@code moduleDir/src/main/java/.../labNN/starter/Name.java}. */
    static Path mirrorOf(Class<?> solutionClass, Path moduleDir) {
        String solution = "." + Variant.SOLUTION.packageSegment() + ".";
        String starter = "." + Variant.STARTER.packageSegment() + ".";
        String starterClass = solutionClass.getName().replace(solution, starter);
        return moduleDir.resolve("src/main/java").resolve(starterClass.replace('.', '/') + ".java");
    }
}
