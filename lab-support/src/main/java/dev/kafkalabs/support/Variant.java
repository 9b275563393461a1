package dev.kafkalabs.support;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which side of an exercise the checks run against.
 *
 * <p>Every exercise has a class in {@code ...labNN.solution} and its mirror, with the same simple name,
 * in {@code ...labNN.starter}. Checks are written against the solution class; {@link #resolve(Class)}
 * swaps in the starter when {@code -Dlab.variant=starter} ({@code ./labs check} sets it).
 *
 * <p>A third kind, a <em>mutant</em> ({@code -Dlab.variant=mutant:NAME}), is a wrong answer kept in a
 * lab's test tree: package {@code ...labNN.mutants.NAME} holds the classes of the solution with one
 * misconception put back, and a {@code package-info.java} annotated with
 * {@link dev.kafkalabs.support.junit.Mutant}. A mutant replaces only the classes it holds; every other
 * class resolves to the solution. {@code ./labs check --mutants} proves that the checks reject each one.
 */
public final class Variant {

    public static final String PROPERTY = "lab.variant";
    public static final Variant SOLUTION = new Variant("solution");
    public static final Variant STARTER = new Variant("starter");

    private static final String MUTANT_PREFIX = "mutant:";
    private static final String MUTANTS_SEGMENT = "mutants";
    private static final String ALTERNATIVE_PREFIX = "alternative:";
    private static final String ALTERNATIVES_SEGMENT = "alternatives";
    private static final Pattern MUTANT_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * "solution", "starter", "mutants.NAME" or "alternatives.NAME": where this variant's classes live below
     * the lab's package.
     */
    private final String packageSegment;

    private Variant(String packageSegment) {
        this.packageSegment = packageSegment;
    }

    /** The wrong answer kept in {@code ...labNN.mutants.NAME} (see the class comment). */
    public static Variant mutant(String name) {
        return new Variant(MUTANTS_SEGMENT + "." + checkedName(name, "mutant"));
    }

    /**
     * The correct answer written another way, kept in {@code ...labNN.alternatives.NAME}
     * ({@link dev.kafkalabs.support.junit.Alternative}); like a mutant, it holds only the classes that differ.
     */
    public static Variant alternative(String name) {
        return new Variant(ALTERNATIVES_SEGMENT + "." + checkedName(name, "alternative"));
    }

    private static String checkedName(String name, String kind) {
        if (!MUTANT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not " + (kind.startsWith("a") ? "an " : "a ") + kind
                    + " name: use lower case letters, digits and _ (it is a package name).");
        }
        return name;
    }

    /**
     * The variant this JVM was asked for: {@code -Dlab.variant=solution|starter|mutant:NAME|alternative:NAME},
     * default solution.
     *
     * <p>Why the solution and not the starter when nothing is set: IntelliJ passes failsafe's
     * {@code lab.variant=solution} to a check it runs from the editor anyway, so a starter default would make
     * the same green arrow check different code in IntelliJ and in VS Code; course authors write checks
     * against the solution from the IDE; and a runner started from the IDE shows what the program should
     * do. A student is not misled: every check run names its side ({@link dev.kafkalabs.support.junit.CheckedSide}).
     */
    public static Variant current() {
        return parse(System.getProperty(PROPERTY, SOLUTION.propertyValue()));
    }

    /** The variant a {@code -Dlab.variant} value names. */
    public static Variant parse(String value) {
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals(SOLUTION.packageSegment)) {
            return SOLUTION;
        }
        if (trimmed.equals(STARTER.packageSegment)) {
            return STARTER;
        }
        if (trimmed.startsWith(MUTANT_PREFIX)) {
            return mutant(trimmed.substring(MUTANT_PREFIX.length()));
        }
        if (trimmed.startsWith(ALTERNATIVE_PREFIX)) {
            return alternative(trimmed.substring(ALTERNATIVE_PREFIX.length()));
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                + " is not a variant; use solution, starter, mutant:NAME or alternative:NAME.");
    }

    /** The value of {@code -Dlab.variant} that selects this variant. */
    public String propertyValue() {
        if (isMutant()) {
            return MUTANT_PREFIX + mutantName();
        }
        return isAlternative() ? ALTERNATIVE_PREFIX + alternativeName() : packageSegment;
    }

    /** The package segment that holds this variant's classes: {@code solution}, {@code starter}, {@code mutants.NAME} ... */
    public String packageSegment() {
        return packageSegment;
    }

    public boolean isMutant() {
        return packageSegment.startsWith(MUTANTS_SEGMENT + ".");
    }

    public boolean isAlternative() {
        return packageSegment.startsWith(ALTERNATIVES_SEGMENT + ".");
    }

    /** The alternative's name ({@code NAME} in {@code alternative:NAME}); only for alternatives. */
    public String alternativeName() {
        if (!isAlternative()) {
            throw new IllegalStateException(packageSegment + " is not an alternative");
        }
        return packageSegment.substring(ALTERNATIVES_SEGMENT.length() + 1);
    }

    /** The mutant's name ({@code NAME} in {@code mutant:NAME}); only for mutants. */
    public String mutantName() {
        if (!isMutant()) {
            throw new IllegalStateException(packageSegment + " is not a mutant");
        }
        return packageSegment.substring(MUTANTS_SEGMENT.length() + 1);
    }

    /**
     * The class of this variant that mirrors {@code solutionClass}. A mutant or an alternative that does
     * not hold a class of that name leaves the solution's in place.
     */
    public Class<?> resolve(Class<?> solutionClass) {
        String name = solutionClass.getName();
        String marker = "." + SOLUTION.packageSegment + ".";
        if (!name.contains(marker)) {
            throw new IllegalArgumentException(name + " is not in a '" + SOLUTION.packageSegment + "' package");
        }
        if (this.equals(SOLUTION)) {
            return solutionClass;
        }
        String mirrored = name.replace(marker, "." + packageSegment + ".");
        try {
            return Class.forName(mirrored, true, solutionClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            if (isMutant() || isAlternative()) {
                return solutionClass;
            }
            throw new IllegalStateException("The " + packageSegment + " has no class " + mirrored
                    + " to mirror " + name + ". Was it renamed or moved?", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Variant variant && variant.packageSegment.equals(packageSegment);
    }

    @Override
    public int hashCode() {
        return packageSegment.hashCode();
    }

    @Override
    public String toString() {
        return propertyValue();
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
