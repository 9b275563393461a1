package dev.kafkalabs.support;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which side of an exercise the checks run against.
 *
 * <p>Every exercise has a class in {@code ...labNN.solution} and its mirror, with the same simple name,
 * in {@code ...labNN.starter}. Checks are written against the solution class; {@link #resolve(Class)}
 * swaps in the starter when {@code -Dlab.variant=starter} ({@code ./labs check} sets it).
 */
public enum Variant {
    SOLUTION("solution"),
    STARTER("starter");

    public static final String PROPERTY = "lab.variant";

    private final String packageSegment;

    Variant(String packageSegment) {
        this.packageSegment = packageSegment;
    }

    /** The variant this JVM was asked for: {@code -Dlab.variant=solution|starter}, default solution. */
    public static Variant current() {
        String value = System.getProperty(PROPERTY, "solution").trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(variant -> variant.packageSegment.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "-D" + PROPERTY + "=" + value + " is not a variant; use solution or starter."));
    }

    /** The package segment that holds this variant's classes: {@code solution} or {@code starter}. */
    public String packageSegment() {
        return packageSegment;
    }

    /** The class of this variant that mirrors {@code solutionClass}. */
    public Class<?> resolve(Class<?> solutionClass) {
        String name = solutionClass.getName();
        String marker = "." + SOLUTION.packageSegment + ".";
        if (!name.contains(marker)) {
            throw new IllegalArgumentException(name + " is not in a '" + SOLUTION.packageSegment + "' package");
        }
        if (this == SOLUTION) {
            return solutionClass;
        }
        String mirrored = name.replace(marker, "." + packageSegment + ".");
        try {
            return Class.forName(mirrored, true, solutionClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The " + packageSegment + " has no class " + mirrored
                    + " to mirror " + name + ". Was it renamed or moved?", e);
        }
    }

    /**
     * Creates this variant's mirror of {@code solutionClass} through its public constructor taking
     * {@code arguments}, as the {@code contract} both sides implement.
     */
    public <T> T instantiate(Class<T> contract, Class<? extends T> solutionClass, Object... arguments) {
        Class<?> type = resolve(solutionClass);
        if (!contract.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getName() + " must implement " + contract.getName());
        }
        Class<?>[] parameterTypes = Arrays.stream(arguments).map(Object::getClass).toArray(Class<?>[]::new);
        try {
            for (var constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == arguments.length
                        && matches(constructor.getParameterTypes(), parameterTypes)) {
                    return contract.cast(constructor.newInstance(arguments));
                }
            }
            throw new IllegalStateException(type.getName() + " has no public constructor for "
                    + Arrays.toString(parameterTypes));
        } catch (InvocationTargetException e) {
            throw Exceptions.rethrowCause(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private static boolean matches(Class<?>[] declared, Class<?>[] actual) {
        for (int i = 0; i < declared.length; i++) {
            if (!wrap(declared[i]).isAssignableFrom(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return type;
    }
}
