package dev.kafkalabs.labs;

import dev.kafkalabs.support.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a lab module's variants ({@link VariantEdits}) into classes the checks can run against: each one's
 * edited solution files in a package of its own ({@code ...labNN.mutants.NAME} or
 * {@code ...labNN.alternatives.NAME}, where {@link dev.kafkalabs.support.Variant} looks for them), with a
 * {@code package-info} that carries its {@link dev.kafkalabs.support.junit.Mutant} or
 * {@link dev.kafkalabs.support.junit.Alternative} annotation, compiled into the module's
 * {@value #CLASSES}. {@code CheckRunner} finds them there when that directory is on its class path.
 */
final class VariantClasses {

    /** Where the compiled variants go; {@code CheckClasses} scans class-path directories of this name. */
    static final String CLASSES = "target/variant-classes";
    private static final String SOLUTION = "solution";

    private final Path moduleDir;
    /** The module's directory that holds {@code variant-sources} and {@code variant-classes}. */
    private final Path base;
    /** Found on first use, then kept: one module's solution does not change while its variants are built. */
    private String solutionPackage;
    /** The solution files' text by file name, read on first use. */
    private final Map<String, String> solutionTexts = new HashMap<>();

    /** The module's shipped variants, in its {@code target}. */
    VariantClasses(Path moduleDir) {
        this(moduleDir, Path.of(CLASSES).getParent().toString());
    }

    /** Variants compiled into {@code base} (relative to the module), e.g. a sweep's. */
    VariantClasses(Path moduleDir, String base) {
        this.moduleDir = moduleDir;
        this.base = moduleDir.resolve(base);
    }

    Path classesDir() {
        return base.resolve(Path.of(CLASSES).getFileName());
    }

    /**
     * Writes and compiles {@code variants} (the module's own, or a sweep's; equivalents are skipped) against {@code classPath} (the
     * module's test class path), replacing what an earlier call compiled; the outcome lists the compiler's
     * errors, which name the variant's package.
     */
    SourceCompiler.Outcome compile(List<VariantEdits> variants, String classPath, Path home) {
        Path sources = base.resolve("variant-sources");
        Directories.deleteTree(sources);
        Directories.deleteTree(classesDir());
        List<Path> files = new ArrayList<>();
        for (VariantEdits variant : variants) {
            // An equivalent is kept to be recognised by the next sweep, not run.
            if (variant.kind() != VariantEdits.Kind.EQUIVALENT) {
                files.addAll(write(variant, sources));
            }
        }
        if (files.isEmpty()) {
            return new SourceCompiler.Outcome(List.of(), List.of());
        }
        return new SourceCompiler(home).compile(files, classesDir(), classPath);
    }

    /**
     * The package of the module's solution classes, e.g. {@code dev.kafkalabs.lab03.solution}; found once
     * (a sweep asks for it for every variant).
     */
    String solutionPackage() {
        if (solutionPackage == null) {
            solutionPackage = findSolutionPackage();
        }
        return solutionPackage;
    }

    private String findSolutionPackage() {
        Path javaRoot = moduleDir.resolve("src/main/java");
        try (Stream<Path> dirs = Files.walk(javaRoot)) {
            List<Path> found = dirs.filter(dir -> Files.isDirectory(dir) && dir.getFileName().toString().equals(SOLUTION))
                    .toList();
            if (found.size() != 1) {
                throw new IllegalStateException(moduleDir + " must have one '" + SOLUTION + "' package, not " + found.size());
            }
            return javaRoot.relativize(found.get(0)).toString().replace(java.io.File.separatorChar, '.');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + javaRoot, e);
        }
    }

    /**
     * The edited solution file as the variant's class: its {@code package} line names the variant's package,
     * and the solution's package is imported, so that the classes the variant does not change are the
     * solution's (a class of the variant's own package wins over an import on demand).
     */
    String source(VariantEdits variant, String file) {
        String solutionPackage = solutionPackage();
        String edited = edited(variant, file);
        String packageLine = "package " + solutionPackage + ";";
        if (!edited.contains(packageLine + "\n")) {
            throw new IllegalStateException(variant.name() + "." + variant.kind().extension + ": the solution's " + file
                    + " has no line '" + packageLine + "'");
        }
        return edited.replace(packageLine + "\n", "package " + packageOf(variant, solutionPackage) + ";\n\nimport "
                + solutionPackage + ".*;\n");
    }

    /** The solution's {@code file} with {@code variant}'s edits made, as it is in the solution package. */
    String edited(VariantEdits variant, String file) {
        Path solutionFile = moduleDir.resolve("src/main/java").resolve(solutionPackage().replace('.', '/')).resolve(file);
        if (!Files.isRegularFile(solutionFile)) {
            throw new IllegalStateException(variant.name() + "." + variant.kind().extension + " edits " + file
                    + ", which the solution package does not have (" + solutionFile + ")");
        }
        return variant.apply(file, solutionTexts.computeIfAbsent(file, name -> read(solutionFile)));
    }

    private List<Path> write(VariantEdits variant, Path sources) {
        String solutionPackage = solutionPackage();
        String packageName = packageOf(variant, solutionPackage);
        Path dir = sources.resolve(packageName.replace('.', '/'));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String file : variant.files()) {
                written.add(Files.writeString(dir.resolve(file), source(variant, file), StandardCharsets.UTF_8));
            }
            written.add(Files.writeString(dir.resolve("package-info.java"), packageInfo(variant, packageName),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sources of " + variant.name() + " into " + dir, e);
        }
        return written;
    }

    private static String packageOf(VariantEdits variant, String solutionPackage) {
        String labPackage = solutionPackage.substring(0, solutionPackage.length() - SOLUTION.length() - 1);
        return labPackage + (variant.kind() == VariantEdits.Kind.MUTANT ? ".mutants." : ".alternatives.") + variant.name();
    }

    private static String packageInfo(VariantEdits variant, String packageName) {
        String annotation = variant.kind() == VariantEdits.Kind.MUTANT
                ? String.format("@dev.kafkalabs.support.junit.Mutant(exercise = %s, misconception = %s, failureMentions = %s)",
                        literal(variant.exercise()), literal(variant.misconception()), literal(variant.mentions()))
                : String.format("@dev.kafkalabs.support.junit.Alternative(exercise = %s, differs = %s)",
                        literal(variant.exercise()), literal(variant.differs()));
        return "// Written from " + VariantEdits.DIRECTORY + "/" + variant.name() + "." + variant.kind().extension
                + ": edit that file, not this one.\n" + annotation + "\npackage " + packageName + ";\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String literal(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
