package dev.kafkalabs.support.junit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Kafka clients open in this JVM, seen through their threads: a producer runs its I/O thread, a consumer
 * in a group its heartbeat thread (classic protocol) or background thread (consumer protocol), from
 * construction until {@code close()} ends it. A check takes the threads before it runs the student's code and
 * again after, so that what an earlier run in the same JVM left behind does not count.
 */
public final class ClientThreads {

    private static final String PRODUCER = "kafka-producer-network-thread";
    private static final List<String> CONSUMER = List.of("kafka-coordinator-heartbeat-thread", "consumer_background_thread");

    private ClientThreads() {
    }

    /** The I/O threads of the producers open now. */
    public static Set<Thread> producers() {
        return alive(name -> name.startsWith(PRODUCER));
    }

    /** The threads of the producers and group consumers open now. */
    public static Set<Thread> producersAndConsumers() {
        return alive(name -> name.startsWith(PRODUCER) || CONSUMER.stream().anyMatch(name::startsWith));
    }

    /** The names of the threads in {@code now} that were not in {@code before}. */
    public static List<String> startedSince(Set<Thread> before, Set<Thread> now) {
        Set<Thread> started = new HashSet<>(now);
        started.removeAll(before);
        return started.stream().map(Thread::getName).sorted().toList();
    }

    private static Set<Thread> alive(Predicate<String> name) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> name.test(thread.getName()))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
