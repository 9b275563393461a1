package dev.kafkalabs.support.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package of a lab's test tree as a <em>mutant</em>: a wrong answer to one exercise, the
 * solution with one misconception put back. The package is {@code ...labNN.mutants.NAME} and holds only
 * the classes that differ from the solution (see {@link dev.kafkalabs.support.Variant}).
 *
 * <pre>{@code
 * @Mutant(exercise = "3.1", misconception = "records are sent without a key",
 *         failureMentions = "same key")
 * package dev.kafkalabs.lab03.mutants.no_keys;
 * }</pre>
 *
 * <p>{@code ./labs check --mutants} runs the exercise's checks against every mutant. A mutant is
 * rejected when at least one check fails <em>and</em> a failure message contains
 * {@link #failureMentions()}: the student who makes that mistake must be told, in plain words, what it is.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Mutant {

    /** The exercise this is a wrong answer to, e.g. {@code "3.1"}. */
    String exercise();

    /** The misconception, in the words of the lab's guide, e.g. "records are sent without a key". */
    String misconception();

    /** Text (case-insensitive) that a failing check's message must contain for the mutant to count as rejected. */
    String failureMentions();
}
