package dev.kafkalabs.support.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package of a lab's test tree as an <em>alternative</em>: a correct answer to one exercise,
 * written another way than the solution (another API call, another order, another form of a setting).
 * The package is {@code ...labNN.alternatives.NAME} and holds only the classes that differ from the
 * solution, like a {@link Mutant}'s.
 *
 * <pre>{@code
 * @Alternative(exercise = "8.5", differs = "renews on a timer instead of at every poll")
 * package dev.kafkalabs.lab08.alternatives.renew_on_timer;
 * }</pre>
 *
 * <p>{@code ./labs check --mutants} runs the exercise's checks against every alternative too, and
 * counts a failing check as a defect: a check that rejects a correct answer written another way
 * teaches the student something false, exactly like one that accepts a wrong answer.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Alternative {

    /** The exercise this is a correct answer to, e.g. {@code "8.5"}. */
    String exercise();

    /** How it differs from the solution, in a few words, e.g. "ACCEPT through commitSync instead of poll". */
    String differs();
}
