package dev.kafkalabs.support.catalog;

import dev.kafkalabs.support.Variant;

/**
 * One exercise: its deck id ({@code "3.1"}), a title, the program that demonstrates it and where its
 * guide section is.
 *
 * <p>The program is either the solution's own main class (its starter mirror is run with
 * {@code --starter}), or a runner outside the {@code solution}/{@code starter} packages that calls the
 * exercise's class through {@link Variant#current()}: {@code ./labs run} sets {@code -Dlab.variant}
 * before it starts either kind.
 *
 * @param id            the id students type: {@code ./labs run 3.1}
 * @param title         a short title for {@code ./labs list}
 * @param solutionMain  the solution's main class (the starter's is its mirror, see {@link Variant}), or a
 *                      shared runner class that picks the variant itself
 * @param guideSection  the guide section, e.g. {@code "lab03-producer-consumer/README.md#31-simple-producer"}
 */
public record Exercise(String id, String title, Class<?> solutionMain, String guideSection) {

    /** The main class of {@code variant}: the mirror of a solution main, or the shared runner itself. */
    public Class<?> mainClass(Variant variant) {
        return isSharedRunner() ? solutionMain : variant.resolve(solutionMain);
    }

    /** True when the program is a runner outside the solution package (it resolves the variant itself). */
    public boolean isSharedRunner() {
        return !solutionMain.getName().contains("." + Variant.SOLUTION.packageSegment() + ".");
    }
}
