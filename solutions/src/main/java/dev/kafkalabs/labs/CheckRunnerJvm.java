package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code CheckRunner} in a JVM of its own on one lab module's test class path, with the module's JVM
 * options and the check JVMs' quick start ({@link CheckJvm#QUICK_START}), against a broker its caller runs.
 */
final class CheckRunnerJvm {

    private static final String RUNNER = "dev.kafkalabs.support.junit.CheckRunner";

    private CheckRunnerJvm() {
    }

    /**
     * Runs {@code CheckRunner} with {@code arguments} against {@code broker}, its output (and errors) into
     * {@code output}; returns its exit code.
     */
    static int run(String classPath, Path workingDir, List<String> arguments, Path output, RunningBroker broker) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CheckJvm.QUICK_START);
        command.addAll(ModuleJvmOptions.of(workingDir));
        Brokers.clientProperties(broker).forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(classPath);
        command.add(RUNNER);
        command.addAll(arguments);
        try {
            Process runner = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return runner.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for the checks", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
