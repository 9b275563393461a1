package dev.kafkalabs.labs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Class-data sharing (AppCDS) for a lab module's check JVMs: the classes of the test engine, the Kafka
 * clients and the other libraries, read once and mapped from {@code target/labs-check.jsa} by every
 * later check. Measured on the 2-core build machine: a 3.1 check JVM needs about 40% less CPU with it.
 *
 * <p>The first check records the classes it loads ({@code target/labs-check.classlist}), and the JVMs it
 * starts record theirs beside it (a cluster's brokers, a Connect worker: their start took 29% less CPU with
 * them, 2.99 CPU-s instead of 4.23 for a lab 7 broker, measured over lab 7's mutants); then the archive
 * is made in the background ({@code java -Xshare:dump}) and used by the checks after it. It is made
 * again when the module's test class path file is rebuilt. Java 17 archives classes from jars only, so
 * the check JVM's class path lists the jars first (no class is in both a jar and a directory here).
 */
final class ClassDataArchive {

    /**
     * The JVMs a recorded run must have started for an archive made for one run to pay back. Measured on the 2-core
     * build machine (2026-12-07): making one took 8 to 15 CPU-s for labs 3 to 8 and 43 for lab 11 (Spark's classes);
     * mapping it saved 1.2 CPU-s per lab 7 broker start and 0.8 per lab 3 program.
     */
    static final int JVMS_THAT_PAY_BACK = 10;
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
        if (dumpRunning()) {
            return List.of();
        }
        // The lists of an earlier recording's child JVMs (ChildJvm: FILE-child-N) would be merged with this one's.
        childClassLists().forEach(ClassDataArchive::deleteQuietly);
        return List.of("-XX:DumpLoadedClassList=" + classList);
    }

    /**
     * JVM options for a JVM that maps the archive when there is an up-to-date one and records nothing: a
     * mutant's run ({@link MutantChecks}), whose classes are not the student's.
     */
    List<String> jvmOptionsIfMade() {
        return Files.exists(classPathFile) && isUpToDate() ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** After a check that recorded its classes: makes the archive in the background, once. */
    void buildInBackground(String classPath, Path log) {
        if (isUpToDate() || dumpRunning() || !Files.exists(classList) || !Files.exists(classPathFile)) {
            return;
        }
        try {
            startDump(classPath, log);
        } catch (IOException e) {
            // No archive: the checks run as fast as they did without one.
        }
    }

    /**
     * Whether a run of the module's checks would save more CPU by mapping an archive made now than making it costs:
     * there is none yet, but a recorded class list (the integration tests of {@code ./mvnw verify} record theirs), and
     * the recorded run started at least {@value #JVMS_THAT_PAY_BACK} JVMs of its own.
     */
    boolean paysBackNow() {
        return !isUpToDate() && !dumpRunning() && Files.exists(classList) && Files.exists(classPathFile)
                && childClassLists().size() >= JVMS_THAT_PAY_BACK;
    }

    /** Starts making the archive from the recorded class lists; the process ends when it is made (or failed). */
    Process startDump(String classPath, Path log) throws IOException {
        String jars = Arrays.stream(classPath.split(File.pathSeparator)).filter(ClassDataArchive::isJar)
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Written under another name and renamed when complete: a check never maps half an archive.
        String script = "\"$0\" -Xshare:dump -XX:SharedClassListFile=\"$1\" -XX:SharedArchiveFile=\"$2\" -cp \"$3\""
                + " && mv \"$2\" \"$4\"";
        Files.deleteIfExists(inProgress);
        Files.createFile(inProgress);
        Path allClasses = mergedClassList();
        return new ProcessBuilder("sh", "-c", script, java, allClasses.toString(), inProgress.toString(), jars,
                archive.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * The classes the check JVM loaded and those its child JVMs loaded (a cluster's brokers, a Connect worker, a
     * student's program: {@code ChildJvm} has them record theirs beside it), each line once.
     */
    private Path mergedClassList() throws IOException {
        Set<String> lines = new LinkedHashSet<>(Files.readAllLines(classList));
        for (Path child : childClassLists()) {
            lines.addAll(Files.readAllLines(child));
        }
        Path merged = classList.resolveSibling(classList.getFileName() + "-all");
        Files.write(merged, lines);
        return merged;
    }

    private List<Path> childClassLists() {
        String prefix = classList.getFileName() + "-child-";
        try (var files = Files.list(classList.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Only merged into the next archive: a few classes too many.
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
