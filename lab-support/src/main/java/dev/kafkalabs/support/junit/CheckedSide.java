package dev.kafkalabs.support.junit;

import dev.kafkalabs.support.Variant;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Says which side of an exercise a check run checks, wherever it runs: every check's display name ends
 * with the side ({@code SimpleProducerIT [solution]}, {@code everyRecordArrives() [starter]}), and the
 * JVM's first line of output says which side runs and how to check one's own code (again when the side
 * changes).
 *
 * <p>Why: from an IDE (the green arrow beside a check class) nothing sets {@code -Dlab.variant} - or the
 * IDE passes failsafe's {@code lab.variant=solution} - so the course's solution is checked, and a student
 * who has written nothing would see every check pass without a word saying so. {@link ExerciseCheck}
 * and {@link ClusterCheck} register both parts, so no check class can leave them out.
 */
public final class CheckedSide extends DisplayNameGenerator.Standard implements BeforeAllCallback {

    /** The side last announced: ./labs check --mutants runs several sides, one after the other, in one JVM. */
    private static final AtomicReference<String> ANNOUNCED = new AtomicReference<>();

    @Override
    public String generateDisplayNameForClass(Class<?> testClass) {
        return withSide(super.generateDisplayNameForClass(testClass));
    }

    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
        return withSide(super.generateDisplayNameForNestedClass(enclosingInstanceTypes, nestedClass));
    }

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        return withSide(super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod));
    }

    /** {@code name [solution]}: the name with the side this JVM checks. */
    static String withSide(String name) {
        return name + suffix();
    }

    /** The check's own name, as {@code ./labs check} reports it (its summary says the side once). */
    static String withoutSide(String displayName) {
        String suffix = suffix();
        return displayName.endsWith(suffix) ? displayName.substring(0, displayName.length() - suffix.length()) : displayName;
    }

    private static String suffix() {
        return " [" + Variant.current().propertyValue() + "]";
    }

    /** Before the first check class of each side, before any broker starts: one line that says which side runs. */
    @Override
    public void beforeAll(ExtensionContext context) {
        String side = Variant.current().propertyValue();
        if (!side.equals(ANNOUNCED.getAndSet(side))) {
            String exercise = context.getTestClass().map(type -> type.getAnnotation(ExerciseCheck.class))
                    .map(ExerciseCheck::value).orElse("ID");
            System.out.println(announcement(System.getProperty(Variant.PROPERTY), exercise));
        }
    }

    /** The first line of a check run, for {@code -Dlab.variant=property} (null: not set). */
    static String announcement(String property, String exercise) {
        Variant side = property == null ? Variant.SOLUTION : Variant.parse(property);
        String yourCode = "To check your own code: ./labs check " + exercise
                + " in a terminal, or add -D" + Variant.PROPERTY + "=starter to this run configuration.";
        if (side.equals(Variant.STARTER)) {
            return "==> Checking YOUR CODE (the starter) of " + exercise + " (-D" + Variant.PROPERTY + "=starter).";
        }
        if (side.equals(Variant.SOLUTION)) {
            return "==> Checking the course's SOLUTION of " + exercise + ", not your code ("
                    + (property == null ? "no -D" + Variant.PROPERTY + " given: the solution is the default"
                    : "-D" + Variant.PROPERTY + "=" + property) + "). " + yourCode;
        }
        return "==> Checking " + (side.isMutant() ? "the wrong answer " : "the correct alternative ")
                + side.propertyValue() + " of " + exercise + ", not your code. " + yourCode;
    }
}
