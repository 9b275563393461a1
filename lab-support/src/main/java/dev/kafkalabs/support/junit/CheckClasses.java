package dev.kafkalabs.support.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one lab module's compiled test tree holds: its check classes ({@link ExerciseCheck}), its
 * mutants ({@link Mutant} packages) and its alternatives ({@link Alternative} packages). Found by walking the class-path directories named
 * {@code test-classes}, so that the in-process runner needs no list kept by hand.
 */
public final class CheckClasses {

    /** A mutant package and what its annotation says. */
    public record MutantInfo(String name, String packageName, Mutant annotation) {

        public String exercise() {
            return annotation.exercise();
        }
    }

    /** An alternative package and what its annotation says. */
    public record AlternativeInfo(String name, String packageName, Alternative annotation) {

        public String exercise() {
            return annotation.exercise();
        }
    }

    /**
     * The class-path directories scanned: a module's compiled tests, and the mutants and alternatives the
     * launcher compiles from the module's {@code src/test/variants} edits.
     */
    private static final List<String> SCANNED = List.of("test-classes", "variant-classes");

    private final List<Class<?>> checks = new ArrayList<>();
    private final List<MutantInfo> mutants = new ArrayList<>();
    private final List<AlternativeInfo> alternatives = new ArrayList<>();

    private CheckClasses() {
    }

    /** Scans every {@code test-classes} directory on this JVM's class path. */
    public static CheckClasses onClassPath() {
        CheckClasses found = new CheckClasses();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path root = Path.of(entry);
            if (Files.isDirectory(root) && SCANNED.contains(root.getFileName().toString())) {
                found.scan(root);
            }
        }
        found.checks.sort(Comparator.comparing(Class::getName));
        found.mutants.sort(Comparator.comparing((MutantInfo mutant) -> mutant.exercise()).thenComparing(MutantInfo::name));
        found.alternatives.sort(Comparator.comparing((AlternativeInfo alternative) -> alternative.exercise())
                .thenComparing(AlternativeInfo::name));
        return found;
    }

    /** The check classes of one exercise. */
    public List<Class<?>> checksOf(String exerciseId) {
        return checks.stream().filter(type -> exerciseOf(type).filter(exerciseId::equals).isPresent()).toList();
    }

    /** Every exercise id that has checks here, in order. */
    public List<String> exercises() {
        return checks.stream().map(CheckClasses::exerciseOf).flatMap(Optional::stream).distinct().sorted().toList();
    }

    public List<MutantInfo> mutants() {
        return List.copyOf(mutants);
    }

    public List<AlternativeInfo> alternatives() {
        return List.copyOf(alternatives);
    }

    private void scan(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> inspect(root, file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
    }

    private void inspect(Path root, Path file) {
        String relative = root.relativize(file).toString();
        String className = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
        if (className.contains("$") || !mentionsOurAnnotations(file)) {
            return;
        }
        Class<?> type = load(className);
        if (className.endsWith(".package-info")) {
            String packageName = className.substring(0, className.length() - ".package-info".length());
            String name = packageName.substring(packageName.lastIndexOf('.') + 1);
            Mutant mutant = type.getAnnotation(Mutant.class);
            if (mutant != null) {
                mutants.add(new MutantInfo(name, packageName, mutant));
            }
            Alternative alternative = type.getAnnotation(Alternative.class);
            if (alternative != null) {
                alternatives.add(new AlternativeInfo(name, packageName, alternative));
            }
        } else if (type.isAnnotationPresent(ExerciseCheck.class)) {
            checks.add(type);
        }
    }

    /**
     * True when the class file names {@link ExerciseCheck}, {@link Mutant} or {@link Alternative} (its constant pool holds
     * the annotation's type descriptor): only those classes are loaded, which keeps a lab with many test
     * and mutant classes quick to scan.
     */
    private static boolean mentionsOurAnnotations(Path classFile) {
        try {
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return bytes.contains(descriptorOf(ExerciseCheck.class)) || bytes.contains(descriptorOf(Mutant.class))
                    || bytes.contains(descriptorOf(Alternative.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classFile, e);
        }
    }

    private static String descriptorOf(Class<?> annotation) {
        return "L" + annotation.getName().replace('.', '/') + ";";
    }

    private static Optional<String> exerciseOf(Class<?> type) {
        return Optional.ofNullable(type.getAnnotation(ExerciseCheck.class)).map(ExerciseCheck::value);
    }

    private static Class<?> load(String className) {
        try {
            // Not initialised: loading must not run a test class's static set-up.
            return Class.forName(className, false, CheckClasses.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + className + " from the test classes: " + e, e);
        }
    }
}
