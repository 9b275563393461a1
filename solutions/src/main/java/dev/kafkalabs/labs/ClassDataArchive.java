package dev.kafkalabs.labs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Class-data sharing (AppCDS) for a lab module's check JVMs: the classes of the test engine, the Kafka
 * clients and the other libraries, read once and mapped from {@code target/labs-check.jsa} by every
 * later check. Measured on the 2-core build machine: a 3.1 check JVM needs about 40% less CPU with it.
 *
 * <p>The first check records the classes it loads ({@code target/labs-check.classlist}); then the archive
 * is made in the background ({@code java -Xshare:dump}) and used by the checks after it. It is made
 * again when the module's test class path file is rebuilt. Java 17 archives classes from jars only, so
 * the check JVM's class path lists the jars first (no class is in both a jar and a directory here).
 */
final class ClassDataArchive {

    /** A dump older than this without result has failed: try again. */
    private static final Duration DUMP_GIVES_UP = Duration.ofMinutes(15);

    private final Path archive;
    private final Path classList;
    private final Path inProgress;
    private final Path classPathFile;

    ClassDataArchive(Path moduleDir) {
        Path target = moduleDir.resolve("target");
        this.archive = target.resolve("labs-check.jsa");
        this.classList = target.resolve("labs-check.classlist");
        this.inProgress = target.resolve("labs-check.jsa.tmp");
        this.classPathFile = moduleDir.resolve(TestClassPaths.CLASSPATH_FILE);
    }

    /** The class path with its jars first, in their order, then its directories. */
    static String jarsFirst(String classPath) {
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        return Stream.concat(entries.stream().filter(ClassDataArchive::isJar),
                        entries.stream().filter(entry -> !isJar(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** JVM options for a check JVM: use the archive when it is up to date, else record what to put in one. */
    List<String> jvmOptions() {
        if (!Files.exists(classPathFile)) {
            return List.of();
        }
        if (isUpToDate()) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        return dumpRunning() ? List.of() : List.of("-XX:DumpLoadedClassList=" + classList);
    }

    /** After a check that recorded its classes: makes the archive in the background, once. */
    void buildInBackground(String classPath, Path log) {
        if (isUpToDate() || dumpRunning() || !Files.exists(classList) || !Files.exists(classPathFile)) {
            return;
        }
        String jars = Arrays.stream(classPath.split(File.pathSeparator)).filter(ClassDataArchive::isJar)
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Written under another name and renamed when complete: a check never maps half an archive.
        String script = "\"$0\" -Xshare:dump -XX:SharedClassListFile=\"$1\" -XX:SharedArchiveFile=\"$2\" -cp \"$3\""
                + " && mv \"$2\" \"$4\"";
        try {
            Files.deleteIfExists(inProgress);
            Files.createFile(inProgress);
            new ProcessBuilder("sh", "-c", script, java, classList.toString(), inProgress.toString(), jars,
                    archive.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            // No archive: the checks run as fast as they did without one.
        }
    }

    private boolean isUpToDate() {
        return !Staleness.isOutOfDate(archive, List.of(classPathFile));
    }

    private boolean dumpRunning() {
        try {
            FileTime started = Files.getLastModifiedTime(inProgress);
            return started.toInstant().isAfter(Instant.now().minus(DUMP_GIVES_UP));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isJar(String entry) {
        return entry.endsWith(".jar");
    }
}
