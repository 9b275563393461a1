package dev.kafkalabs.lab11;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JVM options of {@code jvm.options} (this module's directory) that a Spark JVM started from this one
 * needs too: the opened JDK internals and their companions, as this JVM got them from {@code ./labs} or
 * Maven. Its heap size and other settings are not passed on.
 */
final class SparkJvmOptions {

    private static final List<String> PASSED_ON = List.of("--add-opens", "-Dio.netty.", "-XX:+IgnoreUnrecognizedVMOptions",
            "--sun-misc-unsafe-memory-access", "--enable-native-access");

    private SparkJvmOptions() {
    }

    static List<String> ofThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> PASSED_ON.stream().anyMatch(option::startsWith))
                .toList();
    }
}
