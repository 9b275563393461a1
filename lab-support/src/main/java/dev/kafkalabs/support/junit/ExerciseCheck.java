package dev.kafkalabs.support.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as the checks of one exercise (its id as in {@code ./labs list}, e.g. "3.1") and
 * gives its tests a broker: declare a {@link TestKafka} parameter.
 *
 * <p>{@code ./mvnw verify} runs these checks against the solution; {@code ./labs check} runs the same
 * checks against the starter and reports per exercise. Either way the display names and the first line
 * of output say which side ran ({@link CheckedSide}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith({CheckedSide.class, KafkaExtension.class})
@DisplayNameGeneration(CheckedSide.class)
public @interface ExerciseCheck {

    /**
     * The JUnit tag of a check that {@code ./mvnw verify} leaves out (a lab module's failsafe
     * {@code excludedGroups}), having no time for it: {@code ./labs check} runs it, and
     * {@code ./labs check --mutants} runs it against the solution before the exercise's wrong answers.
     */
    String NOT_IN_VERIFY = "not-in-verify";

    /** The exercise id, e.g. {@code "3.1"}. */
    String value();
}
