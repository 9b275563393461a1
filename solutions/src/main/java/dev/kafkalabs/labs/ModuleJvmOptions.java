package dev.kafkalabs.labs;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.broker.Brokers;
import dev.kafkalabs.support.process.JvmOptionsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lab module's JVM options ({@link JvmOptionsFile}) for the JVMs {@code ./labs} starts: the check JVMs
 * get them ({@link CheckJvm}); {@code ./labs run} starts itself again with them
 * ({@link #relaunch}).
 */
final class ModuleJvmOptions {

    /** Set in a JVM started by {@link #relaunch}, so that it does not start another one. */
    static final String APPLIED_PROPERTY = "labs.module.jvm.options.applied";
    /** How long a relaunched {@code ./labs} may take to shut down after Ctrl-C before it is ended. */
    private static final long SHUTDOWN_GRACE_SECONDS = 20;

    private ModuleJvmOptions() {
    }

    /** The options in {@code moduleDir/jvm.options} ({@link JvmOptionsFile}); none when there is no such file. */
    static List<String> of(Path moduleDir) {
        return JvmOptionsFile.read(moduleDir);
    }

    /** True when this JVM must start another one with {@code options}: it has not been started with them. */
    static boolean needsRelaunch(List<String> options) {
        return !options.isEmpty() && System.getProperty(APPLIED_PROPERTY) == null;
    }

    /**
     * Runs {@code ./labs COMMAND ARGS} in a JVM of its own with {@code options} (same class path, same
     * broker settings), with this terminal, and returns its exit code. Ctrl-C reaches both JVMs; this one
     * waits for the other to shut down.
     */
    static int relaunch(List<String> options, String command, String[] args) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(options);
        line.add("-D" + APPLIED_PROPERTY + "=true");
        for (String property : List.of("labs.home", KafkaBootstrap.SERVERS_PROPERTY,
                KafkaBootstrap.CLIENT_CONFIG_PROPERTY, Brokers.BROKER_KIND_PROPERTY)) {
            if (System.getProperty(property) != null) {
                line.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), Labs.class.getName(), command));
        line.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(line).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for ./labs " + command, e);
        }
        Thread waitForChild = new Thread(() -> {
            child.destroy();
            try {
                if (!child.waitFor(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "labs-child-shutdown");
        Runtime.getRuntime().addShutdownHook(waitForChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(waitForChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it ends the child.
            }
        }
    }
}
