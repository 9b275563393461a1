package dev.kafkalabs.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the main sources of a lab module that changed since they were last compiled, straight into
 * its {@code target/classes} with the JDK's compiler ({@link javax.tools}): the student loop's way to
 * pick up a saved starter without Maven. A source is stale when its class file is missing or older.
 * Maven's own compile step later sees the class files as up to date.
 */
final class SourceCompiler {

    /** What a compilation did: the files it compiled, and the compiler's error lines when it failed. */
    record Outcome(List<Path> compiled, List<String> errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final int MAX_ERROR_LINES = 40;

    private final Path home;

    /** {@code home}: error lines name files relative to it, as a student sees them in the IDE. */
    SourceCompiler(Path home) {
        this.home = home;
    }

    /** The {@code .java} files under {@code sourceRoot} whose class in {@code classesDir} is missing or older. */
    static List<Path> stale(Path sourceRoot, Path classesDir) {
        if (!Files.isDirectory(sourceRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    // A package-info without annotations produces no class file: it would always look stale.
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .filter(file -> isStale(file, classesDir.resolve(classFileOf(sourceRoot, file))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sources in " + sourceRoot, e);
        }
    }

    /** Compiles the module's stale sources into {@code classesDir}; nothing to do is a success. */
    Outcome compileStale(Path sourceRoot, Path classesDir, String classPath) {
        List<Path> sources = stale(sourceRoot, classesDir);
        return sources.isEmpty() ? new Outcome(List.of(), List.of()) : compile(sources, classesDir, classPath);
    }

    Outcome compile(List<Path> sources, Path classesDir, String classPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new Outcome(sources, List.of("No Java compiler in " + System.getProperty("java.home")
                    + ": ./labs needs a JDK (17 or newer), not only a Java runtime."));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classesDir);
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none",
                    "-d", classesDir.toString(), "-classpath", classesDir + java.io.File.pathSeparator + classPath);
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = errorLines(diagnostics);
            if (!ok && errors.isEmpty()) {
                errors = List.of("The compiler failed without saying why.");
            }
            return new Outcome(sources, ok ? List.of() : errors);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile into " + classesDir, e);
        }
    }

    /** The compiler's errors as javac prints them: {@code file:line: error: message}, the line, a caret. */
    private List<String> errorLines(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = diagnostic.getSource() == null ? "" : displayName(Path.of(diagnostic.getSource().toUri()));
            lines.add(String.format("%s:%d: error: %s", file, diagnostic.getLineNumber(),
                    diagnostic.getMessage(Locale.ROOT)));
            Optional<String> code = sourceLine(diagnostic);
            if (code.isPresent()) {
                lines.add(code.get());
                lines.add(" ".repeat((int) Math.max(0, diagnostic.getColumnNumber() - 1)) + "^");
            }
        }
        long count = lines.stream().filter(line -> line.contains(": error: ")).count();
        if (lines.size() > MAX_ERROR_LINES) {
            List<String> shown = new ArrayList<>(lines.subList(0, MAX_ERROR_LINES));
            shown.add("...");
            lines = shown;
        }
        lines.add(count + (count == 1 ? " error" : " errors"));
        return lines;
    }

    private static Optional<String> sourceLine(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null || diagnostic.getLineNumber() < 1) {
            return Optional.empty();
        }
        try {
            List<String> source = Files.readAllLines(Path.of(diagnostic.getSource().toUri()), StandardCharsets.UTF_8);
            int index = (int) diagnostic.getLineNumber() - 1;
            return index < source.size() ? Optional.of(source.get(index)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
    }

    private static Path classFileOf(Path sourceRoot, Path source) {
        String relative = sourceRoot.relativize(source).toString();
        return Path.of(relative.substring(0, relative.length() - ".java".length()) + ".class");
    }

    private static boolean isStale(Path source, Path classFile) {
        return Staleness.isOutOfDate(classFile, List.of(source));
    }
}
