package dev.kafkalabs.support.catalog;

import dev.kafkalabs.support.Variant;
import java.util.List;

/**
 * One exercise: its deck id ({@code "3.1"}), a title, the program that demonstrates it, where its guide
 * section is, which classes the student edits and which earlier exercises' code it runs.
 *
 * <p>The program is either the solution's own main class (its starter mirror is run with
 * {@code --starter}), or a runner outside the {@code solution}/{@code starter} packages that calls the
 * exercise's class through {@link Variant#current()}: {@code ./labs run} sets {@code -Dlab.variant}
 * before it starts either kind.
 *
 * <p>The last two are declared, not worked out from the sources: a runner or a check often calls
 * classes of other exercises (8.2's consumer is created by 8.1's code), so nothing in the source text
 * says which of the classes it names the student writes for this exercise. Both are required: every
 * catalog states them, an empty list included.
 *
 * @param id            the id students type: {@code ./labs run 3.1}
 * @param title         a short title for {@code ./labs list}
 * @param solutionMain  the solution's main class (the starter's is its mirror, see {@link Variant}), or a
 *                      shared runner class that picks the variant itself
 * @param guideSection  the guide section, e.g. {@code "lab03-producer-consumer/README.md#31-simple-producer"}
 * @param edits         the solution classes whose starter mirrors the student edits for this exercise
 *                      (the guide's "you edit" column); {@code ./labs reset} puts exactly those back. A
 *                      class that several exercises edit is declared by each of them
 * @param runsCodeOf    the ids of the earlier exercises whose code this one runs (with {@code --starter}:
 *                      the student's), so they have to be done first; e.g. 8.2 creates its consumer with
 *                      8.1's {@code QueueConsumer.createConsumer}
 */
public record Exercise(String id, String title, Class<?> solutionMain, String guideSection,
                       List<Class<?>> edits, List<String> runsCodeOf) {

    /** Copies both lists; a class that is not in a {@code solution} package has no starter to edit. */
    public Exercise {
        edits = List.copyOf(edits);
        runsCodeOf = List.copyOf(runsCodeOf);
        for (Class<?> edited : edits) {
            if (!isSolutionClass(edited)) {
                throw new IllegalArgumentException("Exercise " + id + " declares " + edited.getName()
                        + " as edited, but only a class in a '" + Variant.SOLUTION.packageSegment()
                        + "' package has a starter mirror to edit.");
            }
        }
    }

    /** The main class of {@code variant}: the mirror of a solution main, or the shared runner itself. */
    public Class<?> mainClass(Variant variant) {
        return isSharedRunner() ? solutionMain : variant.resolve(solutionMain);
    }

    /** True when the program is a runner outside the solution package (it resolves the variant itself). */
    public boolean isSharedRunner() {
        return !isSolutionClass(solutionMain);
    }

    private static boolean isSolutionClass(Class<?> type) {
        return type.getName().contains("." + Variant.SOLUTION.packageSegment() + ".");
    }
}
