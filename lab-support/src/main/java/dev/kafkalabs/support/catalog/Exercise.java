package dev.kafkalabs.support.catalog;

import dev.kafkalabs.support.Variant;

/**
 * One exercise: its deck id ({@code "3.1"}), a title, the program that demonstrates it and where its
 * guide section is.
 *
 * @param id            the id students type: {@code ./labs run 3.1}
 * @param title         a short title for {@code ./labs list}
 * @param solutionMain  the solution's main class; the starter's is its mirror (see {@link Variant})
 * @param guideSection  the guide section, e.g. {@code "lab03-producer-consumer/README.md#31-simple-producer"}
 */
public record Exercise(String id, String title, Class<?> solutionMain, String guideSection) {

    /** The main class of {@code variant}. */
    public Class<?> mainClass(Variant variant) {
        return variant.resolve(solutionMain);
    }
}
