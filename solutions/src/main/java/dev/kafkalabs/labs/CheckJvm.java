package dev.kafkalabs.labs;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.Brokers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM on one lab module's test class path, started ahead of time in {@code CheckRunner standby}: it
 * loads the test engine and the Kafka clients while the student edits, then runs one set of checks
 * when asked ({@link #run}) and exits. The student loop ({@code ./labs check ID}, {@code ./labs watch})
 * runs every check this way; its output goes to a log file.
 */
final class CheckJvm implements AutoCloseable {

    private static final String RUNNER = "dev.kafkalabs.support.junit.CheckRunner";
    /**
     * Measured on the 2-core build machine: the checks of one exercise are short, so the client
     * compiler alone (no C2) and the serial collector start and finish sooner.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;
    private final Path workingDir;
    private final String classPath;

    private CheckJvm(Process process, Path log, Path workingDir, String classPath) {
        this.process = process;
        this.log = log;
        this.workingDir = workingDir;
        this.classPath = classPath;
    }

    /**
     * Starts a standby JVM. {@code bootstrap}: the broker its checks use, or null to let it find or
     * start one by the broker rule; {@code jvmOptions}: more options (class-data sharing).
     */
    static CheckJvm start(String classPath, Path workingDir, String bootstrap, Path log, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.addAll(jvmOptions);
        passOn(command, KafkaBootstrap.SERVERS_PROPERTY, bootstrap);
        passOn(command, KafkaBootstrap.CLIENT_CONFIG_PROPERTY, System.getProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY));
        passOn(command, Brokers.BROKER_KIND_PROPERTY, System.getProperty(Brokers.BROKER_KIND_PROPERTY));
        command.add("-cp");
        command.add(classPath);
        command.add(RUNNER);
        command.add("standby");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new CheckJvm(process, log, workingDir, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for the checks", e);
        }
    }

    /** The {@code CheckRunner checks} arguments for the exercises' checks against the starter (or solution). */
    static List<String> checksArguments(String variant, Path report, int timeLimitSeconds, List<String> exerciseIds) {
        List<String> arguments = new ArrayList<>(List.of("checks", "--variant", variant,
                "--report", report.toAbsolutePath().toString(), "--time-limit", String.valueOf(timeLimitSeconds)));
        exerciseIds.forEach(id -> arguments.addAll(List.of("--exercise", id)));
        return arguments;
    }

    /** Runs the checks this JVM was kept for and waits for it to exit; returns its exit code. */
    int run(List<String> arguments) throws InterruptedException {
        try (OutputStream in = process.getOutputStream()) {
            in.write((String.join("\t", arguments) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JVM died before it was asked: its exit code and log say why.
        }
        return process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** The lab module the checks are of (the JVM's working directory). */
    Path moduleDir() {
        return workingDir;
    }

    String classPath() {
        return classPath;
    }

    /** The last lines of the log, for when a run produced no results. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the JVM if it still runs (a standby that was never used, or Ctrl-C during a run). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void passOn(List<String> command, String property, String value) {
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }
}
