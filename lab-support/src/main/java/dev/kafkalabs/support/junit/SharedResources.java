package dev.kafkalabs.support.junit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Expensive things the checks of one JVM share - started on first use, then reused by every check and every
 * wrong answer run in that JVM: lab 7's Kafka cluster ({@link KafkaClusterExtension}), lab 11's Spark cluster.
 * Each stops itself when the JVM ends (a shutdown hook of its own: their nodes are processes or data that
 * would outlive it). {@link CheckRunner} ends its JVM with {@code halt}, which runs no hook, so it closes
 * them here first.
 */
public final class SharedResources {

    private static final Map<Class<?>, AutoCloseable> STARTED = new LinkedHashMap<>();

    private SharedResources() {
    }

    /** The JVM's {@code type}, started by {@code start} on the first call. */
    public static synchronized <T extends AutoCloseable> T get(Class<T> type, Supplier<T> start) {
        AutoCloseable resource = STARTED.get(type);
        if (resource == null) {
            resource = start.get();
            STARTED.put(type, resource);
        }
        return type.cast(resource);
    }

    /** Closes every resource started so far, the last started first; a failure to close one is printed, not thrown. */
    static synchronized void closeAll() {
        List<AutoCloseable> resources = new ArrayList<>(STARTED.values());
        STARTED.clear();
        for (int index = resources.size() - 1; index >= 0; index--) {
            try {
                resources.get(index).close();
            } catch (Exception e) {
                System.err.println("Could not close " + resources.get(index) + ": " + e);
            }
        }
    }
}
