package dev.kafkalabs.labs;

import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.broker.RunningBroker;
import dev.kafkalabs.support.Variant;
import dev.kafkalabs.support.junit.CheckReportListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs lab modules' checks through the Maven wrapper, so that what runs is exactly what CI runs. */
final class MavenChecks {

    private final Path home;

    MavenChecks(Path home) {
        this.home = home;
    }

    /**
     * Runs {@code verify} on the modules with the variant's code, every module's checks against one broker
     * (the configured one, else one started here for the run: the modules' JVMs would each start their own);
     * returns Maven's exit code.
     */
    int run(List<String> modules, Variant variant, Path report, Path log) {
        try (RunningBroker broker = Brokers.acquire()) {
            Files.createDirectories(report.getParent());
            Files.deleteIfExists(report);
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("mvnw").toString(), "-B", "-pl", String.join(",", modules), "verify",
                    "-D" + Variant.PROPERTY + "=" + variant.packageSegment(),
                    "-D" + CheckReportListener.REPORT_PROPERTY + "=" + report.toAbsolutePath(),
                    // A failing check is the expected outcome here, not a build failure.
                    "-Dmaven.test.failure.ignore=true"));
            Brokers.clientProperties(broker).forEach((name, value) -> command.add("-D" + name + "=" + value));
            return run(home, command, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + report, e);
        }
    }

    /** Runs a Maven wrapper command in {@code home} with its output in {@code log}; returns its exit code. */
    static int run(Path home, List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process maven = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return maven.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + home.resolve("mvnw"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The compiler's and Maven's error lines from a log, for when nothing ran. */
    static String errorsOf(Path log) {
        try {
            List<String> errors = Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith("[ERROR]"))
                    .limit(25)
                    .toList();
            return errors.isEmpty() ? "(no [ERROR] lines)" : errors.stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
