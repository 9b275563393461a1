package dev.kafkalabs.support.process;

import dev.kafkalabs.support.KafkaBootstrap;
import dev.kafkalabs.support.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts a program's {@code main} in a separate JVM with this JVM's class path, so that a check can
 * stop it the way an operator would (SIGTERM) or crash it for real (SIGKILL: no shutdown hook, no
 * {@code close()}).
 *
 * <pre>{@code
 * try (ChildProcess consumer = ChildJvm.of(MyConsumer.class).args("--topic", topic).start()) {
 *     consumer.awaitOutput("assigned", Duration.ofSeconds(20));
 *     consumer.kill();
 * }
 * }</pre>
 */
public final class ChildJvm {

    /** Numbers the class lists of this JVM's children. */
    private static final AtomicInteger CHILDREN = new AtomicInteger();

    private final Class<?> mainClass;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private ChildJvm(Class<?> mainClass) {
        this.mainClass = mainClass;
        // The broker this JVM was pointed at. (A broker that starts on first use is not started for the
        // child's sake: a cluster node, for one, needs no broker.)
        copyProperty(KafkaBootstrap.SERVERS_PROPERTY);
        copyProperty(KafkaBootstrap.CLIENT_CONFIG_PROPERTY);
        copyProperty(Variant.PROPERTY);
    }

    /** A child JVM that will run {@code mainClass}; the broker address and variant are passed on. */
    public static ChildJvm of(Class<?> mainClass) {
        return new ChildJvm(mainClass);
    }

    public ChildJvm args(String... values) {
        args.addAll(List.of(values));
        return this;
    }

    public ChildJvm systemProperty(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    /** Options for the JVM itself ({@code -Xmx1g}, {@code --add-opens ...}); they follow and so override the defaults. */
    public ChildJvm jvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** An environment variable of the child, beside those it inherits from this JVM. */
    public ChildJvm environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the JVM; its stdout and stderr are collected together. */
    public ChildProcess start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Short-lived helper JVMs: quick start-up matters more than peak speed.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx256m");
        // The class-data archive this JVM maps (./labs check makes one per lab module, from the same class
        // path, which the child gets too): the child reads its library classes from it instead of the jars.
        sharedArchive().ifPresent(command::add);
        classListOfChild().ifPresent(command::add);
        command.addAll(jvmOptions);
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ChildProcess(mainClass.getSimpleName(), process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a JVM for " + mainClass.getName(), e);
        }
    }

    private static Optional<String> sharedArchive() {
        return ownOption("-XX:SharedArchiveFile=");
    }

    /**
     * A JVM that records the classes it loads for a class-data archive ({@code -XX:DumpLoadedClassList=FILE})
     * has its children record theirs in {@code FILE-child-N}: the archive made from both then also holds the
     * classes of the programs the checks start (a lab 7 broker's start took 29% less CPU with theirs).
     */
    private static Optional<String> classListOfChild() {
        return ownOption("-XX:DumpLoadedClassList=").map(option -> option + "-child-" + CHILDREN.incrementAndGet());
    }

    /** The option of this JVM that starts with {@code prefix}, if it was started with one. */
    private static Optional<String> ownOption(String prefix) {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(prefix)).findFirst();
    }

    private void copyProperty(String key) {
        String value = System.getProperty(key);
        if (value != null) {
            systemProperties.put(key, value);
        }
    }
}
