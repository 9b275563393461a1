package dev.kafkalabs.labs;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.junit.CheckResult;
import dev.kafkalabs.support.junit.CheckRunner;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one way {@code ./labs} runs checks: {@code CheckRunner} in a JVM of its own on one lab module's test
 * class path, started ahead of time in {@code standby} (it loads the test engine and the Kafka clients while
 * the student edits, or while the launcher compiles), then asked for one run ({@link #run}) and exits.
 * {@code ./labs check} (every lab, one lab, one exercise, {@code --expect-fail}), {@code ./labs watch},
 * {@code --mutants} and {@code ./labs sweep} all go through it.
 *
 * <p>The JVM's output goes to a log file, except the lines {@code CheckRunner} prints for a program to read
 * (each check's result, each variant's verdict): those come back in memory with the run's {@link Outcome}.
 */
final class CheckJvm implements AutoCloseable {

    /** By name: the launcher's class path has lab-support but not the test engine CheckRunner loads. */
    private static final String RUNNER = "dev.kafkalabs.support.junit.CheckRunner";
    /**
     * Measured on the 2-core build machine: the checks of one exercise are short, so the client
     * compiler alone (no C2) and the serial collector start and finish sooner.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** How long the output may still be read after the JVM has exited. */
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(10);

    private final Process process;
    private final Thread reader;
    private final Path log;
    private final Path workingDir;
    private final String classPath;
    private final List<CheckResult> results = Collections.synchronizedList(new ArrayList<>());
    private final List<String> verdicts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> firstChecks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> exercises = Collections.synchronizedList(new ArrayList<>());

    private CheckJvm(Process process, Path log, Path workingDir, String classPath) {
        this.process = process;
        this.log = log;
        this.workingDir = workingDir;
        this.classPath = classPath;
        this.reader = new Thread(this::readOutput, "check-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * What a run said: the JVM's exit code, each check's result, each variant's verdict line (a sweep's), for each
     * mutant rejected the check that rejected it ({@code EXERCISE<tab>NAME<tab>CHECK_ID}), and for each exercise of a
     * mutant run its seconds and defects ({@code EXERCISE<tab>SECONDS<tab>DEFECTS}).
     */
    record Outcome(int exit, List<CheckResult> results, List<String> verdicts, List<String> firstChecks,
            List<String> exercises) {
    }

    /**
     * Starts a standby JVM in {@code workingDir} (the lab module: its {@code jvm.options} apply).
     * {@code brokerProperties}: the system properties that point its checks at a broker
     * ({@link Brokers#clientProperties}); none: it finds or starts one by the broker rule. {@code jvmOptions}:
     * more options (class-data sharing, a debugger's agent).
     */
    static CheckJvm start(String classPath, Path workingDir, Map<String, String> brokerProperties, Path log,
            List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.addAll(ModuleJvmOptions.of(workingDir));
        command.addAll(jvmOptions);
        Map<String, String> properties = new LinkedHashMap<>();
        // What ./labs itself was given (-D...) goes on to the checks, unless the caller names a broker.
        for (String name : List.of(KafkaBootstrap.CLIENT_CONFIG_PROPERTY, Brokers.BROKER_KIND_PROPERTY)) {
            if (System.getProperty(name) != null) {
                properties.put(name, System.getProperty(name));
            }
        }
        properties.putAll(brokerProperties);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(classPath);
        command.add(RUNNER);
        command.add("standby");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
            return new CheckJvm(process, log, workingDir, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for the checks", e);
        }
    }

    /** The {@code CheckRunner checks} arguments for the exercises' checks against the starter (or solution). */
    static List<String> checksArguments(String variant, int timeLimitSeconds, List<String> exerciseIds) {
        List<String> arguments = new ArrayList<>(List.of("checks", "--variant", variant,
                "--time-limit", String.valueOf(timeLimitSeconds)));
        exerciseIds.forEach(id -> arguments.addAll(List.of("--exercise", id)));
        return arguments;
    }

    /** Runs what this JVM was kept for and waits for it to exit and its output to be read. */
    Outcome run(List<String> arguments) throws InterruptedException {
        try (OutputStream in = process.getOutputStream()) {
            in.write((String.join("\t", arguments) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JVM died before it was asked: its exit code and log say why.
        }
        int exit = process.waitFor();
        // Its output ends with it, unless a process it started still holds the pipe: then do not wait for that one.
        reader.join(OUTPUT_DRAIN.toMillis());
        return new Outcome(exit, List.copyOf(results), List.copyOf(verdicts), List.copyOf(firstChecks),
                List.copyOf(exercises));
    }

    /** Copies the JVM's output into the log, keeping the result, verdict and first-check lines in memory instead. */
    private void readOutput() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(CheckRunner.VERDICT_PREFIX)) {
                    verdicts.add(line.substring(CheckRunner.VERDICT_PREFIX.length()));
                    continue;
                }
                if (line.startsWith(CheckRunner.FIRST_CHECK_PREFIX)) {
                    firstChecks.add(line.substring(CheckRunner.FIRST_CHECK_PREFIX.length()));
                    continue;
                }
                if (line.startsWith(CheckRunner.EXERCISE_PREFIX)) {
                    exercises.add(line.substring(CheckRunner.EXERCISE_PREFIX.length()));
                    continue;
                }
                var result = CheckResult.fromLine(line);
                if (result.isPresent()) {
                    results.add(result.get());
                    continue;
                }
                logFile.write(line);
                logFile.newLine();
                logFile.flush();
            }
        } catch (IOException e) {
            // The JVM is gone (or the log cannot be written): the run's exit code tells the rest.
        }
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
}
